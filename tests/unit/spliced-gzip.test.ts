import { gunzipSync, gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain Node module of the server (scripts/serve.mjs), without type declarations
import { deflateParts, splicedGzip } from "../../scripts/spliced-gzip.mjs";

const spliced = (parts: string[], separator: string) => {
  const bytes = parts.map((p) => Buffer.from(p));
  return splicedGzip(bytes, deflateParts(bytes), Buffer.from(separator)) as Buffer;
};

describe("gzip of parts joined by a piece that changes", () => {
  it("unpacks to the parts joined by the piece, for any parts and piece", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 300 }), { minLength: 1, maxLength: 12 }), fc.string({ maxLength: 60 }), (parts, separator) => {
        expect(gunzipSync(spliced(parts, separator)).toString("utf8")).toBe(parts.join(separator));
      }),
      { numRuns: 300 },
    );
  });

  it("handles a page-sized text with repeats across parts, within a quarter of whole-text gzip (each part is packed on its own)", () => {
    const row = (i: number) => `<tr><td>Actor ${i}</td><td>enhancement-oriented, mission-oriented</td></tr>\n`;
    const parts = Array.from({ length: 19 }, (_, k) => Array.from({ length: 200 }, (_, i) => row(k * 200 + i)).join(""));
    const nonce = "NmFhMmY3MDYtNTI5MS00ZGM4LWIxMzUtMGU2MjhmNDIzYzMy";
    const text = parts.join(nonce);
    const packed = spliced(parts, nonce);
    expect(gunzipSync(packed).toString("utf8")).toBe(text);
    expect(packed.length).toBeLessThan(gzipSync(text).length * 1.25);
  });
});
