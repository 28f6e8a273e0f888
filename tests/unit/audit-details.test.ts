import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuditDetails } from "@/components/audit-details";

const html = (details: Record<string, unknown> | null) => renderToStaticMarkup(createElement(AuditDetails, { details }));

describe("an audit entry's details", () => {
  it("names each detail in words with its value, lists as lists, instead of raw JSON", () => {
    const shown = html({ restoredFrom: 2, cities: ["lund", "saint-etienne"], role: "city_editor", moved: [], kept: { slug: "lightlab" } });
    expect(shown).toContain('<dt class="font-medium">restored from</dt><dd class="break-words">2</dd>');
    expect(shown).toContain("<dd class=\"break-words\">lund, saint-etienne</dd>");
    expect(shown).toContain("<dt class=\"font-medium\">moved</dt><dd class=\"break-words\">none</dd>");
    expect(shown).toContain("{&quot;slug&quot;:&quot;lightlab&quot;}");
  });

  it("says 'none' for an empty text, as for an empty list (a name changed from none)", () => {
    expect(html({ from: "", to: "Camille Martin" })).toContain('<dt class="font-medium">from</dt><dd class="break-words">none</dd>');
  });

  it("shows nothing for an entry without details", () => {
    expect(html({})).toBe("");
    expect(html(null)).toBe("");
  });
});
