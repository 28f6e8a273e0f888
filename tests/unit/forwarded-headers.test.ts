import { describe, expect, it } from "vitest";
// @ts-expect-error: plain Node module of the server (scripts/serve.mjs), without type declarations
import { forwardedHeadersProblem } from "../../scripts/forwarded-headers.mjs";

const read = (headers: Record<string, string>, trustProxy: number): { problem: string | null; headers: Record<string, string> } => {
  const request = { headers: { ...headers } };
  return { problem: forwardedHeadersProblem(request, trustProxy) as string | null, headers: request.headers };
};

describe("the Host and X-Forwarded-* headers, before Next and Auth.js read them", () => {
  it("refuses a Host that names no host", () => {
    for (const host of ["a b", "localhost:99999", "%%", "kb.example.org/path", "user@kb.example.org", ""]) {
      expect(read({ host }, 0).problem, host).toBe("The Host header does not name a host.");
    }
    for (const host of ["localhost:3000", "kb.example.org", "kb.example.org.", "127.0.0.1:8080", "[::1]:3000", "xn--dmos-5ua.example", "ekip_app:3000"]) {
      expect(read({ host }, 0).problem, host).toBeNull();
    }
  });

  it("takes off X-Forwarded-Host, -Proto and -Port when no proxy is trusted: they are the client's own words", () => {
    expect(read({ host: "localhost:3000", "x-forwarded-proto": "https, http", "x-forwarded-host": "a b", "x-forwarded-port": "x" }, 0)).toEqual({ problem: null, headers: { host: "localhost:3000" } });
  });

  it("behind trusted proxies, reads each as X-Forwarded-For is read: the entry of the outermost trusted proxy", () => {
    const chained = { host: "10.0.0.7:3000", "x-forwarded-proto": "http, https", "x-forwarded-host": "evil.example, kb.example.org", "x-forwarded-port": "443" };
    expect(read(chained, 1)).toEqual({ problem: null, headers: { host: "10.0.0.7:3000", "x-forwarded-proto": "https", "x-forwarded-host": "kb.example.org", "x-forwarded-port": "443" } });
    expect(read(chained, 2).headers).toMatchObject({ "x-forwarded-proto": "http", "x-forwarded-host": "evil.example" });
    expect(read({ host: "10.0.0.7:3000", "x-forwarded-proto": "https" }, 3).headers["x-forwarded-proto"]).toBe("https");
    expect(read({ host: "10.0.0.7:3000", "x-forwarded-proto": "HTTPS" }, 1).headers["x-forwarded-proto"]).toBe("https");
  });

  it("behind trusted proxies, refuses values no proxy would write, naming the header", () => {
    expect(read({ host: "10.0.0.7", "x-forwarded-proto": "gopher" }, 1).problem).toBe("The X-Forwarded-Proto header the proxy in front sent cannot be read.");
    expect(read({ host: "10.0.0.7", "x-forwarded-host": "a b" }, 1).problem).toBe("The X-Forwarded-Host header the proxy in front sent cannot be read.");
    expect(read({ host: "10.0.0.7", "x-forwarded-port": "99999" }, 1).problem).toBe("The X-Forwarded-Port header the proxy in front sent cannot be read.");
    expect(read({ host: "10.0.0.7", "x-forwarded-proto": " , " }, 1).problem).toBe("The X-Forwarded-Proto header the proxy in front sent cannot be read.");
  });
});
