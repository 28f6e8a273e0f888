import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, requestAddress } from "@/lib/auth/request-address";
import { readTrustProxy } from "@/lib/env";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("requestAddress", () => {
  it("ignores X-Forwarded-For when no proxy is trusted, and uses the socket's address", () => {
    expect(requestAddress(headers({ "x-forwarded-for": "6.6.6.6", [PEER_ADDRESS_HEADER]: "203.0.113.9" }), 0)).toBe("203.0.113.9");
    expect(requestAddress(headers({ "x-forwarded-for": "6.6.6.6" }), 0)).toBe("unknown");
  });

  it("behind one proxy takes the entry it appended, not one the client wrote before it", () => {
    const h = headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7", [PEER_ADDRESS_HEADER]: "10.0.0.2" });
    expect(requestAddress(h, 1)).toBe("198.51.100.7");
  });

  it("behind two proxies takes the entry the outer one appended", () => {
    expect(requestAddress(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7 , 10.0.0.5" }), 2)).toBe("198.51.100.7");
    expect(requestAddress(headers({ "x-forwarded-for": "198.51.100.7" }), 2)).toBe("198.51.100.7");
  });

  it("behind a proxy that sent no header falls back to the socket's address", () => {
    expect(requestAddress(headers({ [PEER_ADDRESS_HEADER]: "10.0.0.2" }), 1)).toBe("10.0.0.2");
  });
});

describe("TRUST_PROXY", () => {
  it("is the number of proxies, none when unset or empty", () => {
    expect(readTrustProxy({})).toBe(0);
    expect(readTrustProxy({ TRUST_PROXY: "" })).toBe(0);
    expect(readTrustProxy({ TRUST_PROXY: "1" })).toBe(1);
    expect(readTrustProxy({ TRUST_PROXY: "2" })).toBe(2);
  });

  it("refuses anything else with a readable message", () => {
    expect(() => readTrustProxy({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY must be the number of proxies/);
    expect(() => readTrustProxy({ TRUST_PROXY: "-1" })).toThrow(/TRUST_PROXY/);
  });
});
