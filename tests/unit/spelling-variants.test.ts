import { describe, expect, it } from "vitest";
import { otherSpelling, spellingVariants } from "@/lib/search/spelling-variants";

describe("British and American spellings", () => {
  it("pairs -ise and -ize words in every form, both ways", () => {
    const pairs = [["organisation", "organization"], ["organisations", "organizations"], ["organisational", "organizational"], ["specialised", "specialized"],
      ["optimising", "optimizing"], ["harmonise", "harmonize"], ["recognisable", "recognizable"], ["organiser", "organizer"], ["analyse", "analyze"], ["paralysed", "paralyzed"]];
    for (const [british, american] of pairs) {
      expect(otherSpelling(british!), british).toBe(american);
      expect(otherSpelling(american!), american).toBe(british);
    }
  });

  it("pairs -our and -or, -re and -er and the other listed words", () => {
    for (const [british, american] of [["behaviour", "behavior"], ["favourite", "favorite"], ["labours", "labors"], ["centres", "centers"], ["theatre", "theater"],
      ["programme", "program"], ["programmes", "programs"], ["licence", "license"], ["catalogue", "catalog"], ["travelling", "traveling"], ["modelled", "modeled"], ["ageing", "aging"], ["judgement", "judgment"]]) {
      expect(otherSpelling(british!), british).toBe(american);
      expect(otherSpelling(american!), american).toBe(british);
    }
  });

  it("leaves alone words that only look like them, so that no other word is found", () => {
    for (const word of ["expertise", "enterprise", "exercise", "promise", "premises", "surprising", "advertising", "compromise", "televised", "otherwise",
      "raise", "rising", "size", "prize", "seize", "citizen", "horizon", "four", "hour", "tour", "sector", "actor", "colorado", "licensing", "design", "the"]) {
      expect(otherSpelling(word), word).toBeNull();
    }
  });

  it("finds the words of a search that have a twin, once each, whatever their case", () => {
    expect(spellingVariants('Organisation "centre for AI" -Behaviour organisation')).toEqual([["organisation", "organization"], ["centre", "center"], ["behaviour", "behavior"]]);
    expect(spellingVariants("decision makers")).toEqual([]);
  });
});
