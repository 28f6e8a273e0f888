import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { UNAVAILABLE_PAGE_CSP, unavailablePage } from "@/lib/unavailable";

describe("the page while the database is out of reach", () => {
  it("allows its own style by hash, and nothing else", () => {
    const styles = [...unavailablePage().matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hash = createHash("sha256").update(styles[0]!).digest("base64");
    expect(UNAVAILABLE_PAGE_CSP.split("; ")).toEqual([
      "default-src 'none'", `style-src 'sha256-${hash}'`, "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
    ]);
    expect(unavailablePage()).not.toMatch(/<script|style=|<link|<img/);
  });
});
