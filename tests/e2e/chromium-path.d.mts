/** The Chromium the browser tests drive: `CHROMIUM_PATH`, else the first of Debian's two that is installed. */
export function chromiumPath(): string;
