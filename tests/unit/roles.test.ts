import { describe, expect, it } from "vitest";
import { passwordSchema } from "@/lib/auth/password";
import { assertCan, can, ForbiddenError, whyNot, type Actor, type Permission } from "@/lib/auth/roles";
import { isCrossOrigin } from "@/lib/security-headers";

const admin: Actor = { id: 1, email: "a@example.org", role: "admin", cityIds: [] };
const editor: Actor = { id: 2, email: "e@example.org", role: "editor", cityIds: [] };
const cityEditor: Actor = { id: 3, email: "c@example.org", role: "city_editor", cityIds: [7] };

describe("who may do what", () => {
  const table: Array<[Permission, boolean, boolean, boolean, boolean]> = [
    // permission, anonymous, city editor (own city), editor, admin
    ["users:manage", false, false, false, true],
    ["audit:read", false, false, false, true],
    ["cases:create", false, true, true, true],
    ["cases:edit", false, true, true, true],
    ["cases:submit", false, true, true, true],
    ["cases:publish", false, false, true, true],
    ["cases:archive", false, false, true, true],
    ["catalog:manage", false, false, true, true],
  ];
  it.each(table)("%s: anonymous %s, city editor %s, editor %s, admin %s", (permission, anonymous, city, edit, adm) => {
    expect([can(null, permission, 7), can(cityEditor, permission, 7), can(editor, permission, 7), can(admin, permission, 7)]).toEqual([anonymous, city, edit, adm]);
  });

  it("says why to someone refused: who may, their own cities, or that they are signed out", () => {
    expect(whyNot(editor, "users:manage")).toBe("Only an admin manages people and roles.");
    expect(whyNot(cityEditor, "cases:publish")).toBe("Only an ekip editor or an admin publishes a case, or moves it back to draft.");
    expect(whyNot(cityEditor, "cases:edit")).toBe("A city editor works only on the cases of their own cities.");
    expect(whyNot(null, "cases:edit")).toBe("You are signed out, or your account was deactivated.");
    expect(() => assertCan(cityEditor, "cases:edit", 8)).toThrow(new ForbiddenError("A city editor works only on the cases of their own cities."));
  });

  it("keeps a city editor to the cases of their own cities", () => {
    expect(can(cityEditor, "cases:edit", 7)).toBe(true);
    expect(can(cityEditor, "cases:edit", 8)).toBe(false);
    expect(can(cityEditor, "cases:create")).toBe(false);
  });
});

describe("passwords", () => {
  it("need at least 12 characters and allow long passphrases", () => {
    expect(passwordSchema.safeParse("elevenchars").success).toBe(false);
    expect(passwordSchema.safeParse("twelve chars").success).toBe(true);
    expect(passwordSchema.safeParse("x".repeat(128)).success).toBe(true);
    expect(passwordSchema.safeParse("x".repeat(1025)).success).toBe(false);
  });
});

describe("cross-site requests", () => {
  const request = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers({ host: "kb.example.org", ...headers }), nextUrl: { host: "kb.example.org", protocol: "https:" } });
  it("are refused when they would change something", () => {
    expect(isCrossOrigin(request("POST", { origin: "https://attacker.example" }), 0)).toBe(true);
    expect(isCrossOrigin(request("POST", { origin: "not a url" }), 0)).toBe(true);
    expect(isCrossOrigin(request("POST", { "sec-fetch-site": "cross-site" }), 0)).toBe(true);
  });
  it("are let through when they come from the site itself or only read", () => {
    expect(isCrossOrigin(request("POST", { origin: "https://kb.example.org" }), 0)).toBe(false);
    expect(isCrossOrigin(request("GET", { origin: "https://attacker.example" }), 0)).toBe(false);
  });
  it("cannot name their own site in X-Forwarded-Host unless a trusted proxy wrote it", () => {
    const forged = request("POST", { origin: "https://attacker.example", "x-forwarded-host": "attacker.example" });
    expect(isCrossOrigin(forged, 0)).toBe(true);
    // A list the server in front did not reduce to the outermost proxy's entry (scripts/forwarded-headers.mjs) names no host.
    expect(isCrossOrigin(request("POST", { origin: "https://attacker.example", "x-forwarded-host": "attacker.example, kb.example.org" }), 1)).toBe(true);
  });
  it("behind a trusted proxy, are judged by the host the proxy was asked for", () => {
    const behindProxy = (origin: string) => ({ ...request("POST", { origin, "x-forwarded-host": "kb.example.org" }), headers: new Headers({ host: "10.0.0.7:3000", origin, "x-forwarded-host": "kb.example.org" }) });
    expect(isCrossOrigin(behindProxy("https://kb.example.org"), 1)).toBe(false);
    expect(isCrossOrigin(behindProxy("https://attacker.example"), 1)).toBe(true);
    // The same request without TRUST_PROXY: the Host header is the app's own address, so the site's own form is refused.
    expect(isCrossOrigin(behindProxy("https://kb.example.org"), 0)).toBe(true);
  });
});
