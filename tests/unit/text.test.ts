import { describe, expect, it } from "vitest";
import { fromCapitals } from "@/lib/importer/text";
import { slugify } from "@/lib/slug";

describe("slugs", () => {
  it.each([
    ["Saint-Étienne", "saint-etienne"],
    ["Košice", "kosice"],
    ["Festiwal Dźwięki Łąki", "festiwal-dzwieki-laki"],
    ["Spółdzielnia Socjalna Drugie Życie", "spoldzielnia-socjalna-drugie-zycie"],
    ["Bærum Kulturhus", "baerum-kulturhus"],
    // Other scripts spelt in Latin letters; Latin ones folded as before ("Köln" is not "koeln").
    ["Μέθοδος Δελφών", "methodos-delfon"],
    ["Пловдив: Общинска библиотека", "plovdiv-obschinska-biblioteka"],
    ["Київська міська рада", "kiyivska-miska-rada"],
    ["Köln Design Week", "koln-design-week"],
    ["!!!", ""],
    ["USE'IN", "usein"],
    ["Designers +", "designers"],
  ])("%s -> %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe("names written in capitals", () => {
  it("are written as names, other text is kept", () => {
    expect(fromCapitals("SAINT-ETIENNE")).toBe("Saint-Etienne");
    expect(fromCapitals("NEW EUROPEAN BAUHAUS")).toBe("New European Bauhaus");
    expect(fromCapitals("CITY OF THE ARTS")).toBe("City of the Arts");
    expect(fromCapitals("Porto Sereno")).toBe("Porto Sereno");
  });
});
