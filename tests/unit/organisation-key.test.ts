import { describe, expect, it } from "vitest";
import { matchActor, organisationKey } from "@/lib/importer/actors";

describe("an organisation's match key", () => {
  it("leaves out accents, case, punctuation, web suffixes and the words every such name may add", () => {
    expect(organisationKey("LightLab.io")).toBe(organisationKey("Lightlab"));
    expect(organisationKey("HACNUM network")).toBe(organisationKey("réseau HACNUM"));
    expect(organisationKey("Cité du design")).toBe("citedudesign");
  });

  it("keeps the letters of every script: names in Greek or Cyrillic letters are told apart, not all the empty key", () => {
    const names = ["Δήμος Θεσσαλονίκης", "ΣΕΒΕ", "Αριστοτέλειο Πανεπιστήμιο", "Община Пловдив", "Пловдивски университет", "ΟΚ!Thess", "Фондация „Пловдив 2019“"];
    const keys = names.map(organisationKey);
    expect(new Set(keys).size).toBe(names.length);
    expect(keys.every((key) => key.length >= 4)).toBe(true);
    // Accents and capitals aside, a final sigma as a capital's: one organisation however it is written.
    expect(organisationKey("ΔΗΜΟΣ ΘΕΣΣΑΛΟΝΙΚΗΣ")).toBe(organisationKey("Δήμος Θεσσαλονίκης"));
    expect(organisationKey("Фондация «Пловдив 2019»")).toBe(organisationKey("Фондация „Пловдив 2019“"));
    expect(new Set(["Обʼєднання", "Об’єднання", "Об'єднання"].map(organisationKey)).size).toBe(1);
  });

  it("is empty for a name of neither letters nor digits, which matches no actor", () => {
    expect(organisationKey("+++ / –")).toBe("");
    expect(matchActor("+++", [{ slug: "plus", name: "+ + +" }])).toBeNull();
  });

  it("links a participant written in Greek to the inventory's actor of that name", () => {
    const actors = [{ slug: "dimos-thessalonikis", name: "Δήμος Θεσσαλονίκης" }, { slug: "seve", name: "ΣΕΒΕ" }];
    expect(matchActor("ΣΕΒΕ", actors)).toEqual(actors[1]);
    expect(matchActor("Δήμος Θεσσαλονίκης, Τμήμα Πολιτισμού", actors)).toEqual(actors[0]);
  });
});
