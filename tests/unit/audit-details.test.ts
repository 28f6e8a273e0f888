import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuditDetails } from "@/components/audit-details";

const html = (details: Record<string, unknown> | null, action = "user.role_changed") => renderToStaticMarkup(createElement(AuditDetails, { action, details }));

describe("an audit entry's details", () => {
  it("names each detail in words with its value, lists as lists, instead of raw JSON", () => {
    const shown = html({ restoredFrom: 2, cities: ["lund", "saint-etienne"], role: "city_editor", moved: [], kept: { slug: "lightlab" } });
    expect(shown).toContain('<dt class="font-medium">restored from</dt><dd class="break-words">2</dd>');
    expect(shown).toContain("<dd class=\"break-words\">lund, saint-etienne</dd>");
    expect(shown).toContain("<dt class=\"font-medium\">moved</dt><dd class=\"break-words\">none</dd>");
    expect(shown).toContain("{&quot;slug&quot;:&quot;lightlab&quot;}");
  });

  it("says 'none' for an empty text, as for an empty list (a name changed from none)", () => {
    expect(html({ from: "", to: "Camille Martin" }, "user.renamed")).toContain('<dt class="font-medium">from</dt><dd class="break-words">none</dd>');
  });

  it("says a role and a case's status as the product shows them, not their codes; a name that looks like one is left alone", () => {
    const role = html({ role: "city_editor", previousRole: "editor", previousCities: [] });
    expect(role).toContain('<dt class="font-medium">role</dt><dd class="break-words">City editor</dd>');
    expect(role).toContain('<dt class="font-medium">previous role</dt><dd class="break-words">Editor (ekip staff)</dd>');
    const status = html({ from: "in_review", to: "draft", version: 3 }, "case.status_changed");
    expect(status).toContain('<dt class="font-medium">from</dt><dd class="break-words">In review</dd>');
    expect(status).toContain('<dt class="font-medium">to</dt><dd class="break-words">Draft</dd>');
    expect(html({ from: "draft", to: "archived" }, "user.renamed")).toContain('<dd class="break-words">draft</dd>');
  });

  it("shows nothing for an entry without details", () => {
    expect(html({})).toBe("");
    expect(html(null)).toBe("");
  });
});
