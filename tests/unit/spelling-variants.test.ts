import { describe, expect, it } from "vitest";
import { americanSpelling, britishSpelling, spellingVariants } from "@/lib/search/spelling-variants";

describe("British and American spellings", () => {
  it("gives an -ize word's British spelling, and no American one to an -ise word (its stem would be the root's)", () => {
    for (const [american, british] of [["organization", "organisation"], ["organizations", "organisations"], ["organizational", "organisational"],
      ["specialized", "specialised"], ["optimizing", "optimising"], ["harmonize", "harmonise"], ["recognizable", "recognisable"], ["organizer", "organiser"]]) {
      expect(britishSpelling(american!), american).toBe(british);
      expect(americanSpelling(british!), british).toBeNull();
    }
  });

  it("pairs -yse and -yze, -our and -or, -re and -er and the other listed words, both ways", () => {
    for (const [british, american] of [["analyse", "analyze"], ["paralysed", "paralyzed"], ["behaviour", "behavior"], ["favourite", "favorite"], ["labours", "labors"],
      ["centres", "centers"], ["theatre", "theater"], ["programme", "program"], ["programmes", "programs"], ["licence", "license"], ["catalogue", "catalog"], ["judgement", "judgment"]]) {
      expect(americanSpelling(british!), british).toBe(american);
      expect(britishSpelling(american!), american).toBe(british);
    }
  });

  it("leaves alone words that only look like them", () => {
    for (const word of ["size", "prize", "seize", "citizen", "horizon", "four", "hour", "tour", "sector", "actor", "colorado", "design", "the", "skilful", "defence", "litre", "caliber", "calibre"]) {
      expect([britishSpelling(word), americanSpelling(word)], word).toEqual([null, null]);
    }
  });

  it("finds the words of a search that have a twin to look for, once each, whatever their case", () => {
    expect(spellingVariants('Organization "centre for AI" -Behaviour organization organisation')).toEqual([["organization", "organisation"], ["centre", "center"], ["behaviour", "behavior"]]);
    expect(spellingVariants("decision makers")).toEqual([]);
  });
});
