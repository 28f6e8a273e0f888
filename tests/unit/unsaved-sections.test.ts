import { describe, expect, it } from "vitest";
import { unsavedSections } from "@/lib/editor/unsaved-sections";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE } from "../support/fixtures";

describe("the parts of a case typed and not saved", () => {
  it("are the parts that differ from the case as stored, as typed; a form's city and policy area, sent by slug, differ in nothing", () => {
    const stored = parseFile(DELIVERED_CASE);
    const typed = {
      ...stored, city: { ...stored.city, name: "", country: { code: "", name: "" } }, policyArea: { ...stored.policyArea, name: "" },
      context: "First paragraph.\n\nSecond paragraph.",
    };
    expect(unsavedSections(stored, typed)).toEqual([{ heading: "The context", lines: ["First paragraph.", "Second paragraph.", ...(stored.selectedFocus ? [`Selected focus: ${stored.selectedFocus}`] : [])] }]);
    expect(unsavedSections(stored, { ...stored })).toEqual([]);
  });

  it("name a city chosen in place of the stored one by its slug, the form sending no name", () => {
    const stored = parseFile(DELIVERED_CASE);
    const typed = { ...stored, city: { slug: "lund", name: "", country: { code: "", name: "" }, population: null, website: null } };
    expect(unsavedSections(stored, typed).map((s) => s.heading)).toEqual(["About the case"]);
    expect(unsavedSections(stored, typed)[0]!.lines[0]).toBe("City: lund, ");
  });
});
