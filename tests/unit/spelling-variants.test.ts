import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { britishIzeFunction, britishSpelling, hasIzeWord, spellingVariants } from "@/lib/search/spelling-variants";

describe("British and American spellings", () => {
  it("gives an American word its British spelling: -ize words, -yze words, -or words and the listed pairs", () => {
    for (const [american, british] of [["organization", "organisation"], ["organizations", "organisations"], ["organizational", "organisational"],
      ["specialized", "specialised"], ["optimizing", "optimising"], ["harmonize", "harmonise"], ["recognizable", "recognisable"], ["organizer", "organiser"],
      ["analyze", "analyse"], ["paralyzed", "paralysed"], ["behavior", "behaviour"], ["favorite", "favourite"], ["labors", "labours"],
      ["centers", "centres"], ["theater", "theatre"], ["program", "programme"], ["programs", "programmes"], ["license", "licence"], ["catalog", "catalogue"], ["judgment", "judgement"],
      ["cataloging", "cataloguing"], ["licensing", "licencing"], ["counselors", "counsellors"], ["artifacts", "artefacts"], ["focused", "focussed"], ["practicing", "practising"]]) {
      expect(britishSpelling(american!), american).toBe(british);
    }
  });

  it("leaves alone words that only look like them", () => {
    for (const word of ["size", "prize", "seize", "citizen", "horizon", "four", "hour", "tour", "sector", "actor", "colorado", "design", "the", "skilful", "defence", "litre", "caliber", "réalize",
      "analyse", "analysed", "organisation", "behaviour", "centre"]) {
      expect(britishSpelling(word), word).toBeNull();
    }
  });

  it("looks for a listed word's twin beside it, both ways, but not an -ize word's (the index spells those -ise)", () => {
    expect(spellingVariants('Organization "centre for AI" -Behavior analyse organisation')).toEqual([["centre", "center"], ["behavior", "behaviour"], ["analyse", "analyze"]]);
    expect(spellingVariants("decision makers")).toEqual([]);
  });

  it("knows a search that holds an -ize word, in any case, beside any punctuation", () => {
    for (const q of ["organization", '"Organized labour"', "-standardization", "Réorganization", "co-organizers"]) expect(hasIzeWord(q), q).toBe(true);
    for (const q of ["organisation", "size", "citizens", "design", "organizationx"]) expect(hasIzeWord(q), q).toBe(false);
  });

  it("is the function that migration 0021 made last, so that the index and the queries spell words as this module does", () => {
    const migration = readFileSync(path.join(MIGRATIONS_FOLDER, "0021_letters_of_every_script.sql"), "utf8");
    expect(migration).toContain(britishIzeFunction());
  });
});
