import { describe, expect, it } from "vitest";
import { holdsTag, jsonContent } from "@/lib/api/http";

const ask = (ifNoneMatch?: string) => new Request("http://localhost/api/v1/cities", { headers: ifNoneMatch ? { "If-None-Match": ifNoneMatch } : {} });

describe("the API's validators", () => {
  it("names an answer by its body: the same body the same ETag, another body another", async () => {
    const first = jsonContent(ask(), { cities: ["lund"] });
    const again = jsonContent(ask(), { cities: ["lund"] });
    const other = jsonContent(ask(), { cities: ["lund", "kosice"] });
    expect(first.headers.get("etag")).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(other.headers.get("etag")).not.toBe(first.headers.get("etag"));
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect(await first.json()).toEqual({ cities: ["lund"] });
  });

  it("answers 304 without a body to a client holding that ETag, weakly compared, or any (*)", async () => {
    const etag = jsonContent(ask(), { cities: ["lund"] }).headers.get("etag")!;
    for (const held of [etag, etag.replace(/^W\//, ""), `"older", ${etag}`, "*"]) {
      const answer = jsonContent(ask(held), { cities: ["lund"] });
      expect([answer.status, await answer.text(), answer.headers.get("etag")]).toEqual([304, "", etag]);
      expect(answer.headers.get("access-control-expose-headers")).toContain("ETag");
    }
    expect(jsonContent(ask('W/"older"'), { cities: ["lund"] }).status).toBe(200);
    expect(holdsTag(null, etag)).toBe(false);
    expect(holdsTag("", etag)).toBe(false);
  });
});
