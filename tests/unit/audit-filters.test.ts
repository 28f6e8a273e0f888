import { describe, expect, it } from "vitest";
import { AUDIT_PATH, auditFiltersSchema } from "@/lib/audit/audit-filters";
import { searchHref } from "@/lib/search/href";
import { parseParamsLeniently } from "@/lib/search/lenient-params";

const read = (params: Record<string, string>) => parseParamsLeniently(auditFiltersSchema, params);

describe("the audit log's filters in the URL", () => {
  it("reads who (as lower case), what and about what; an empty value is no filter", () => {
    expect(read({ who: " Admin@Example.org ", action: "case.", subject: "", page: "2" })).toEqual({
      value: { who: "admin@example.org", action: "case.", page: 2 }, ignored: [],
    });
  });

  it("reads a subject in lower case, as every subject is written: an email address typed with capitals still finds its entries", () => {
    expect(read({ subject: " CE@Example.org " }).value).toEqual({ subject: "ce@example.org", page: 1 });
  });

  it("leaves out each wrong value, saying why, and keeps the rest", () => {
    const { value, ignored } = read({ action: "case.updated; drop table", subject: "x".repeat(301), page: "0", who: "a@example.org" });
    expect(value).toEqual({ who: "a@example.org", page: 1 });
    expect(ignored.map((i) => [i.parameter, i.reason])).toEqual([
      ["action", "an action from the list"], ["subject", "a subject of at most 300 characters"], ["page", "a page number from 1"],
    ]);
  });

  it("says in words that a page is a whole number", () => {
    expect(read({ page: "abc" }).ignored.map((i) => i.reason)).toEqual(["a page number"]);
  });

  it("makes the address of a filtered page, leaving out what is empty and page 1", () => {
    expect(searchHref(AUDIT_PATH, { who: "a@example.org", action: "", subject: "saint-etienne-artificial-intelligence" }, { page: 3 })).toBe("/admin/audit?who=a%40example.org&subject=saint-etienne-artificial-intelligence&page=3");
    expect(searchHref(AUDIT_PATH, {}, { page: 1 })).toBe("/admin/audit");
  });
});
