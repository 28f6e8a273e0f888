import { createHash } from "node:crypto";
import { pageTitle } from "./site";

/** How long clients are asked to wait before trying again while the database is out of reach. */
export const RETRY_AFTER_SECONDS = 30;

const STYLE = "body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1c1917}";

/** The page's Content-Security-Policy: nothing but its own style, which is known in advance (its hash). */
export const UNAVAILABLE_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The page anyone gets while the database is out of reach: what happened and what to do, nothing about why. */
export function unavailablePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${pageTitle("Temporarily unavailable")}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>The knowledge bank is temporarily unavailable</h1>
<p>We cannot reach the case database just now. Everything already saved is safe, and a save that was interrupted was not applied: nothing is ever half-saved.</p>
<p>Please try again in a minute. If you were editing, keep this tab open: what you typed is kept in your browser and offered back when the editor opens again.</p>
</main>
</body>
</html>
`;
}

/** The API's answer meanwhile, in its usual error shape. */
export const UNAVAILABLE_API_ERROR = { message: "The database is temporarily unavailable; try again later." } as const;
