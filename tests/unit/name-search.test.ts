import { describe, expect, it } from "vitest";
import { nameSearchGroups } from "@/lib/search/name-search";

const found = (text: string) => ({ text, isLeftOut: false });
const leftOut = (text: string) => ({ text, isLeftOut: true });

describe("nameSearchGroups", () => {
  it("reads each word and phrase as a part of a name, a minus as one left out, OR as either", () => {
    expect(nameSearchGroups("ecole mines")).toEqual([[found("ecole")], [found("mines")]]);
    expect(nameSearchGroups('"des mines" -museum')).toEqual([[found("des mines")], [leftOut("museum")]]);
    expect(nameSearchGroups("ideon OR usein lund")).toEqual([[found("ideon"), found("usein")], [found("lund")]]);
    expect(nameSearchGroups("„science park“ -„city of“")).toEqual([[found("science park")], [leftOut("city of")]]);
  });

  it("keeps what a name is written with: hyphens, apostrophes, a minus alone; and drops empty quotes", () => {
    expect(nameSearchGroups("saint-etienne use'in")).toEqual([[found("saint etienne")], [found("use'in")]]);
    expect(nameSearchGroups("designers +")).toEqual([[found("designers")], [found("+")]]);
    expect(nameSearchGroups("- lund")).toEqual([[found("-")], [found("lund")]]);
    expect(nameSearchGroups('"" -""')).toEqual([]);
  });
});
