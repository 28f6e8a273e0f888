import { describe, expect, it } from "vitest";
import { knownBrowserOf, knownBrowserValue } from "@/lib/auth/known-browser";

const KEY = "a secret of at least thirty-two characters";

describe("the known browser's cookie", () => {
  it("names the account it was made for, and keeps the browser's id from one sign-in to the next", () => {
    const value = knownBrowserValue("owner@example.org", undefined, KEY);
    const browser = knownBrowserOf(value, "owner@example.org", KEY);
    expect(browser).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(knownBrowserOf(knownBrowserValue("owner@example.org", browser!, KEY), "owner@example.org", KEY)).toBe(browser);
    expect(knownBrowserValue("owner@example.org", undefined, KEY)).not.toBe(value);
  });

  it("proves nothing for another account, once changed, under another secret, or malformed", () => {
    const value = knownBrowserValue("owner@example.org", undefined, KEY);
    const [, browser, signature] = value.split(".");
    expect(knownBrowserOf(value, "someone-else@example.org", KEY)).toBeNull();
    const renamed = `${Buffer.from("someone-else@example.org").toString("base64url")}.${browser}.${signature}`;
    expect(knownBrowserOf(renamed, "someone-else@example.org", KEY)).toBeNull();
    const flipped = value.slice(0, -1) + (value.endsWith("A") ? "B" : "A");
    expect(knownBrowserOf(flipped, "owner@example.org", KEY)).toBeNull();
    expect(knownBrowserOf(value, "owner@example.org", `${KEY}, rotated`)).toBeNull();
    expect(knownBrowserOf(value, "owner@example.org", "")).toBeNull();
    for (const bad of [undefined, "", "garbage", `${value}.extra`, value.replace(/\./g, "")]) expect(knownBrowserOf(bad, "owner@example.org", KEY)).toBeNull();
  });
});
