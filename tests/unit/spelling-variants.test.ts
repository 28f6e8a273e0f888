import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { britishIzeFunction, britishSpelling, izeSpellings, spellingVariants } from "@/lib/search/spelling-variants";

describe("British and American spellings", () => {
  it("gives an American word its British spelling: -ize words, -yze words, -or words and the listed pairs", () => {
    for (const [american, british] of [["organization", "organisation"], ["organizations", "organisations"], ["organizational", "organisational"],
      ["specialized", "specialised"], ["optimizing", "optimising"], ["harmonize", "harmonise"], ["recognizable", "recognisable"], ["organizer", "organiser"],
      ["analyze", "analyse"], ["paralyzed", "paralysed"], ["behavior", "behaviour"], ["favorite", "favourite"], ["labors", "labours"],
      ["centers", "centres"], ["theater", "theatre"], ["program", "programme"], ["programs", "programmes"], ["license", "licence"], ["catalog", "catalogue"], ["judgment", "judgement"]]) {
      expect(britishSpelling(american!), american).toBe(british);
    }
  });

  it("leaves alone words that only look like them", () => {
    for (const word of ["size", "prize", "seize", "citizen", "horizon", "four", "hour", "tour", "sector", "actor", "colorado", "design", "the", "skilful", "defence", "litre", "caliber", "réalize"]) {
      expect(britishSpelling(word), word).toBeNull();
    }
  });

  it("looks for a listed word's twin beside it, both ways, but not an -ize word's (the index spells those -ise)", () => {
    expect(spellingVariants('Organization "centre for AI" -Behavior analyse organisation')).toEqual([["centre", "center"], ["behavior", "behaviour"], ["analyse", "analyze"]]);
    expect(spellingVariants("decision makers")).toEqual([]);
  });

  it("marks an -ise word's -ize spelling in snippets, whichever was typed, once", () => {
    expect(izeSpellings("Organization organisation organised design")).toEqual([["organisation", "organization"], ["organised", "organized"]]);
  });

  it("is the function that migration 0018 made, so that the index and the queries spell -ize words as this module does", () => {
    const migration = readFileSync(path.join(MIGRATIONS_FOLDER, "0018_british_ize.sql"), "utf8");
    expect(migration).toContain(britishIzeFunction());
  });
});
