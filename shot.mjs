import { chromium } from "@playwright/test";
const [url, out, width, height, selector] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update"] });
const p = await b.newPage({ viewport: { width: Number(width), height: Number(height) } });
await p.goto(url);
if (selector) await p.locator(selector).first().scrollIntoViewIfNeeded();
await p.screenshot({ path: out });
await b.close();
