import { describe, expect, it } from "vitest";
import { knownBrowserOf, knownBrowserValue } from "@/lib/auth/known-browser";

const KEY = "a secret of at least thirty-two characters";
const OWNER = { email: "owner@example.org", sessionVersion: 3 };

describe("the known browser's cookie", () => {
  it("keeps the browser's id from one sign-in to the next, and names no one", () => {
    const value = knownBrowserValue(OWNER, undefined, KEY);
    const browser = knownBrowserOf(value, OWNER, KEY);
    expect(browser).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(knownBrowserOf(knownBrowserValue(OWNER, browser!, KEY), OWNER, KEY)).toBe(browser);
    expect(knownBrowserValue(OWNER, undefined, KEY)).not.toBe(value);
    expect(value).not.toContain(Buffer.from("owner").toString("base64url").slice(0, 5));
  });

  it("proves nothing for another account, once the account's sessions were ended, once changed, under another secret, or malformed", () => {
    const value = knownBrowserValue(OWNER, undefined, KEY);
    expect(knownBrowserOf(value, { ...OWNER, email: "someone-else@example.org" }, KEY)).toBeNull();
    expect(knownBrowserOf(value, { ...OWNER, sessionVersion: 4 }, KEY), "a new password, signing out everywhere").toBeNull();
    const flipped = value.slice(0, -2) + (value.at(-2) === "A" ? "B" : "A") + value.at(-1);
    expect(knownBrowserOf(flipped, OWNER, KEY)).toBeNull();
    const otherBrowser = `${"B".repeat(22)}${value.slice(22)}`;
    expect(knownBrowserOf(otherBrowser, OWNER, KEY)).toBeNull();
    expect(knownBrowserOf(value, OWNER, `${KEY}, rotated`)).toBeNull();
    expect(knownBrowserOf(value, OWNER, "")).toBeNull();
    for (const bad of [undefined, "", "garbage", `${value}.extra`, value.replace(".", ""), `x${value}`]) expect(knownBrowserOf(bad, OWNER, KEY)).toBeNull();
  });
});
