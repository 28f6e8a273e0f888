import { describe, expect, it } from "vitest";
import { auditHref, readAuditFilters } from "@/lib/audit/audit-filters";

describe("the audit log's filters in the URL", () => {
  it("reads who (as lower case), what and about what; an empty value is no filter", () => {
    expect(readAuditFilters({ who: " Admin@Example.org ", action: "case.", subject: "", page: "2" })).toEqual({
      filters: { who: "admin@example.org", action: "case.", page: 2 }, problems: [],
    });
  });

  it("leaves out each wrong value, saying why, and keeps the rest", () => {
    expect(readAuditFilters({ action: "case.updated; drop table", subject: "x".repeat(301), page: "0", who: "a@example.org" })).toEqual({
      filters: { who: "a@example.org", page: 1 },
      problems: ["Choose an action from the list", "A subject is at most 300 characters", "Pages start at 1"],
    });
  });

  it("says in words that a page is a whole number", () => {
    expect(readAuditFilters({ page: "abc" }).problems).toEqual(["Page numbers are whole numbers"]);
  });

  it("makes the address of a filtered page, leaving out what is empty and page 1", () => {
    expect(auditHref({ who: "a@example.org", action: "", subject: "saint-etienne-artificial-intelligence" }, 3)).toBe("/admin/audit?who=a%40example.org&subject=saint-etienne-artificial-intelligence&page=3");
    expect(auditHref({}, 1)).toBe("/admin/audit");
  });
});
