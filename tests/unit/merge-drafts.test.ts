import { describe, expect, it } from "vitest";
import type { CaseDocument } from "@/lib/case/schema";
import { mergeDrafts } from "@/lib/editor/merge-drafts";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE } from "../support/fixtures";

const base = parseFile(DELIVERED_CASE);
const edit = (change: (c: CaseDocument) => void): CaseDocument => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

/** The same value with its object keys in reverse order, as PostgreSQL's jsonb may return it. */
function reordered<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reordered) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)])) as T;
  return value;
}

describe("merging my draft with a version someone else saved meanwhile", () => {
  it("takes a part only they changed", () => {
    const theirs = edit((c) => { c.context = "Their context."; });
    const { draft, takenFromTheirs, changedByBoth } = mergeDrafts(base, base, theirs);
    expect(draft.context).toBe("Their context.");
    expect(takenFromTheirs).toEqual(["Context"]);
    expect(changedByBoth).toEqual([]);
  });

  it("keeps a part only I changed, alongside the part they changed", () => {
    const mine = edit((c) => { c.ecosystem = "My ecosystem."; });
    const theirs = edit((c) => { c.portfolio.challenges[0]!.items.push("Their new challenge"); });
    const { draft, takenFromTheirs, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(draft.ecosystem).toBe("My ecosystem.");
    expect(draft.portfolio.challenges).toEqual(theirs.portfolio.challenges);
    expect(draft.portfolio.scope).toBe(base.portfolio.scope);
    expect(takenFromTheirs).toEqual(["Key challenges"]);
    expect(changedByBoth).toEqual([]);
  });

  it("keeps mine where we both changed a part differently, and reports it", () => {
    const mine = edit((c) => { c.participants[0]!.name = "My spelling"; });
    const theirs = edit((c) => { c.participants[0]!.name = "Their spelling"; c.title = "Their title"; });
    const { draft, takenFromTheirs, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(draft.participants[0]!.name).toBe("My spelling");
    expect(draft.title).toBe("Their title");
    expect(changedByBoth).toEqual(["Participants"]);
    expect(takenFromTheirs).toEqual(["Title"]);
  });

  it("merges a list entry by entry: their new participant and my change to another are both kept", () => {
    const mine = edit((c) => { c.participants[2]!.name = "My spelling"; });
    const theirs = edit((c) => { c.participants.push({ ...c.participants[0]!, name: "Their new participant" }); });
    const { draft, takenFromTheirs, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(draft.participants.map((p) => p.name)).toEqual([...base.participants.map((p, i) => (i === 2 ? "My spelling" : p.name)), "Their new participant"]);
    expect(takenFromTheirs).toEqual(["Participants (beside your changes)"]);
    expect(changedByBoth).toEqual([]);
  });

  it("merges changes to neighbouring entries, and takes an entry they removed", () => {
    const mine = edit((c) => { c.inventory[0]!.facets = ["anticipatory"]; });
    const theirs = edit((c) => { c.inventory[1]!.facets = ["mission"]; c.inventory.splice(3, 1); });
    const { draft, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(draft.inventory.map((r) => r.facets)).toEqual(theirs.inventory.map((r, i) => (i === 0 ? ["anticipatory"] : r.facets)));
    expect(draft.inventory).toHaveLength(base.inventory.length - 1);
    expect(changedByBoth).toEqual([]);
  });

  it("keeps my entry where we both changed it, and still takes their other changes to the list", () => {
    const mine = edit((c) => { c.findings.recommendations[0]!.title = "My title"; });
    const theirs = edit((c) => { c.findings.recommendations[0]!.title = "Their title"; c.findings.recommendations.at(-1)!.body = "Their last body."; });
    const { draft, takenFromTheirs, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(draft.findings.recommendations[0]!.title).toBe("My title");
    expect(draft.findings.recommendations.at(-1)!.body).toBe("Their last body.");
    expect(takenFromTheirs).toEqual(["Recommendations (beside your changes)"]);
    expect(changedByBoth).toEqual(["Recommendations"]);
  });

  it("keeps both where we both inserted entries at one place, mine first", () => {
    const mine = edit((c) => { c.methods.splice(1, 0, { ...c.methods[0]!, name: "My method" }); });
    const theirs = edit((c) => { c.methods.splice(1, 0, { ...c.methods[0]!, name: "Their method" }); });
    const { draft, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(draft.methods.map((m) => m.name)).toEqual([base.methods[0]!.name, "My method", "Their method", ...base.methods.slice(1).map((m) => m.name)]);
    expect(changedByBoth).toEqual([]);
  });

  describe("changes to neighbouring entries of a list, each kept", () => {
    const names = (c: CaseDocument) => c.participants.map((p) => p.name);
    const person = (name: string) => ({ name, actor: null });
    const last = base.participants.length - 1;
    const cases: Array<[string, (c: CaseDocument) => void, (c: CaseDocument) => void, (c: CaseDocument) => void]> = [
      ["I correct the last entry, they add one after it",
        (c) => { c.participants[last]!.name = "Mine"; }, (c) => { c.participants.push(person("Theirs")); },
        (c) => { c.participants[last]!.name = "Mine"; c.participants.push(person("Theirs")); }],
      ["we both add one at the end",
        (c) => { c.participants.push(person("Mine")); }, (c) => { c.participants.push(person("Theirs")); },
        (c) => { c.participants.push(person("Mine"), person("Theirs")); }],
      ["I change one entry, they remove the next",
        (c) => { c.participants[0]!.name = "Mine"; }, (c) => { c.participants.splice(1, 1); },
        (c) => { c.participants[0]!.name = "Mine"; c.participants.splice(1, 1); }],
      ["I change the first entry, they insert one before it",
        (c) => { c.participants[0]!.name = "Mine"; }, (c) => { c.participants.unshift(person("Theirs")); },
        (c) => { c.participants[0]!.name = "Mine"; c.participants.unshift(person("Theirs")); }],
      ["I add one at the end, they correct the last entry",
        (c) => { c.participants.push(person("Mine")); }, (c) => { c.participants[last]!.name = "Theirs"; },
        (c) => { c.participants[last]!.name = "Theirs"; c.participants.push(person("Mine")); }],
    ];
    it.each(cases)("%s", (_, mineChange, theirChange, expectedChange) => {
      const { draft, changedByBoth } = mergeDrafts(base, edit(mineChange), edit(theirChange));
      expect(names(draft)).toEqual(names(edit(expectedChange)));
      expect(changedByBoth).toEqual([]);
    });
  });

  it("merges an entry field by field: their new item of a challenge group and mine of the same group", () => {
    const mine = edit((c) => { c.portfolio.challenges[0]!.items[0] = "My rewording"; });
    const theirs = edit((c) => { c.portfolio.challenges[0]!.items.push("Their new challenge"); });
    const { draft, takenFromTheirs, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(draft.portfolio.challenges[0]).toEqual({ ...theirs.portfolio.challenges[0], items: ["My rewording", ...theirs.portfolio.challenges[0]!.items.slice(1)] });
    expect(takenFromTheirs).toEqual(["Key challenges (beside your changes)"]);
    expect(changedByBoth).toEqual([]);
  });

  it("does not merge field by field a group whose heading one of us changed: it may be another group now", () => {
    const mine = edit((c) => { c.portfolio.challenges[0]!.items[0] = "My rewording"; });
    const theirs = edit((c) => { c.portfolio.challenges[0]!.heading = "Their heading"; c.portfolio.challenges[0]!.items.push("Their new challenge"); });
    const { draft, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(draft.portfolio.challenges[0]).toEqual(mine.portfolio.challenges[0]);
    expect(changedByBoth).toEqual(["Key challenges"]);
  });

  it("does not give their text for a recommendation to the one I moved into its place (renumbering it)", () => {
    const [x, y] = [base.findings.recommendations.at(-2)!, base.findings.recommendations.at(-1)!];
    const mine = edit((c) => { c.findings.recommendations.splice(-2, 2, { ...y, number: x.number }, { ...x, number: y.number }); });
    const theirs = edit((c) => { c.findings.recommendations.at(-2)!.body = "Their text for the second to last."; });
    const { draft, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(draft.findings.recommendations.find((f) => f.body === "Their text for the second to last.")?.title ?? x.title).toBe(x.title);
    expect(changedByBoth).toEqual(["Recommendations"]);
  });

  it("keeps both recommendations two editors added at the end, numbered in order", () => {
    const n = base.summary.recommendations.length;
    const added = (title: string) => (c: CaseDocument) => { c.summary.recommendations.push({ number: n + 1, title, body: "" }); };
    const { draft, takenFromTheirs, changedByBoth } = mergeDrafts(base, edit(added("Mine")), edit(added("Theirs")));
    expect(draft.summary.recommendations.slice(n)).toEqual([{ number: n + 1, title: "Mine", body: "" }, { number: n + 2, title: "Theirs", body: "" }]);
    expect(takenFromTheirs).toEqual(["Summary recommendations (beside your changes)"]);
    expect(changedByBoth).toEqual([]);
  });

  it("merges recommendations moved by one and rewritten by the other when they are different ones", () => {
    const recs = base.findings.recommendations;
    const mine = edit((c) => { const moved = c.findings.recommendations.splice(0, 1); c.findings.recommendations.push(...moved); c.findings.recommendations.forEach((f, i) => { f.number = i + 1; }); });
    const theirs = edit((c) => { c.findings.recommendations[2]!.body = "Their rewrite."; });
    const { draft, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(draft.findings.recommendations.map((f) => f.title)).toEqual([...recs.slice(1), recs[0]!].map((f) => f.title));
    expect(draft.findings.recommendations.find((f) => f.title === recs[2]!.title)?.body).toBe("Their rewrite.");
    expect(draft.findings.recommendations.map((f) => f.number)).toEqual(recs.map((_, i) => i + 1));
    expect(changedByBoth).toEqual([]);
  });

  it("does not take organisation links set by a save for changes: the revision keeps them as posted, the page as linked", () => {
    const posted = edit((c) => { c.participants.forEach((p) => { p.actor = null; }); });
    const linked = edit((c) => { c.participants[0]!.actor = "linked-by-name"; });
    const mine = structuredClone(linked);
    // As the form posts a renamed participant: its link was made for the old name, so it is dropped.
    mine.participants[0] = { name: "Renamed by me", actor: null };
    const theirs = structuredClone(linked);
    theirs.introduction = "Their introduction.";
    const { draft, takenFromTheirs, changedByBoth } = mergeDrafts(posted, mine, theirs);
    expect(takenFromTheirs).toEqual(["Introduction"]);
    expect(changedByBoth).toEqual([]);
    expect(draft.participants[0]).toEqual({ name: "Renamed by me", actor: null });
    expect(draft.participants.slice(1)).toEqual(linked.participants.slice(1));
  });

  it("keeps a chosen city whole: never one city's address with another's name", () => {
    const mine = edit((c) => { c.city = { ...c.city, slug: "lund", name: "Lund" }; });
    const theirs = edit((c) => { c.city = { ...c.city, name: "Saint-Étienne" }; });
    const { draft, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(draft.city).toEqual(mine.city);
    expect(changedByBoth).toEqual(["City"]);
  });

  it("does not report a part we both changed the same way", () => {
    const change = (c: CaseDocument) => { c.findings.conclusions[0]!.title = "Agreed title"; };
    const { draft, takenFromTheirs, changedByBoth } = mergeDrafts(base, edit(change), edit(change));
    expect(draft.findings.conclusions[0]!.title).toBe("Agreed title");
    expect(changedByBoth).toEqual([]);
    expect(takenFromTheirs).toEqual([]);
  });

  it("does not see keys returned in another order as a change", () => {
    const theirs = reordered(base);
    expect(Object.keys(theirs.city)).not.toEqual(Object.keys(base.city));
    const mine = edit((c) => { c.cityIntro = "Mine."; });
    const { draft, takenFromTheirs, changedByBoth } = mergeDrafts(base, mine, theirs);
    expect(takenFromTheirs).toEqual([]);
    expect(changedByBoth).toEqual([]);
    expect(draft).toEqual(mine);
  });

  it("does not share the parts it takes with their version", () => {
    const theirs = edit((c) => { c.inventory[0]!.facets = ["mission"]; });
    const { draft } = mergeDrafts(base, base, theirs);
    draft.inventory[0]!.facets.push("adaptive");
    expect(theirs.inventory[0]!.facets).toEqual(["mission"]);
  });

  it("leaves everything mine when they changed nothing", () => {
    const mine = edit((c) => { c.methods = []; c.sample = true; });
    expect(mergeDrafts(base, mine, structuredClone(base))).toEqual({ draft: mine, takenFromTheirs: [], changedByBoth: [] });
  });
});
