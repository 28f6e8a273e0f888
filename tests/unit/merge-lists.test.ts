import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeLists } from "@/lib/editor/merge-lists";

/** Lists of small records, as the editor's lists are (a name and a few facets). */
const entry = fc.record({ name: fc.constantFrom("A", "B", "C", "D", "E"), facets: fc.subarray(["mission", "adaptive", "anticipatory"]) });
const list = fc.array(entry, { maxLength: 8 });

describe("merging lists: what any merge must keep", () => {
  it("gives mine when they changed nothing, theirs when I changed nothing, and the same when we made the same change", () => {
    fc.assert(fc.property(list, list, (base, changed) => {
      expect(mergeLists(base, changed, structuredClone(base))).toMatchObject({ list: changed, clashed: false });
      expect(mergeLists(base, structuredClone(base), changed)).toMatchObject({ list: changed, clashed: false });
      expect(mergeLists(base, changed, structuredClone(changed))).toMatchObject({ list: changed, clashed: false });
    }));
  });

  it("keeps every entry that only one of us added, whatever else both did", () => {
    fc.assert(fc.property(list, list, list, (base, mine, theirs) => {
      const merged = mergeLists(base, [...mine, { name: "Mine only", facets: [] }], [{ name: "Theirs only", facets: [] }, ...theirs]);
      const names = merged.list.map((e) => e.name);
      expect(names).toContain("Mine only");
      if (!merged.clashed) expect(names).toContain("Theirs only");
    }));
  });
});
