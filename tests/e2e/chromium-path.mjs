import { existsSync } from "node:fs";

// Debian's headless shell is Chromium's engine without the desktop browser around it: the browser tests took
// 5.7 min in it against 9.2 min in the full `chromium` (docs/decisions/0019-browser-tests-in-the-headless-shell.md).
// The full browser still runs them where the shell is not installed.
const CANDIDATES = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

/** The Chromium the browser tests drive: `CHROMIUM_PATH`, else the first of Debian's two that is installed. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || (CANDIDATES.find((path) => existsSync(path)) ?? CANDIDATES.at(-1));
}
