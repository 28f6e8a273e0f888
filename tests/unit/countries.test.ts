import { describe, expect, it } from "vitest";
import { findCountry } from "@/lib/importer/countries";

describe("the country of a case's city line", () => {
  it("is read from its name in English or in a partner's language, and named in English", () => {
    const found = (name: string) => findCountry(name) && `${findCountry(name)!.code} ${findCountry(name)!.name}`;
    expect(["FRANCE", "Slovakia", "ΕΛΛΑΔΑ", "БЪЛГАРИЯ", "POLSKA", "Slovensko", "Česko", "Éire", "Србија"].map(found)).toEqual([
      "FR France", "SK Slovakia", "GR Greece", "BG Bulgaria", "PL Poland", "SK Slovakia", "CZ Czechia", "IE Ireland", "RS Serbia",
    ]);
  });

  it("is the code a country has now, not a former one ICU still names (DD for Germany, CS for Serbia)", () => {
    expect(["GERMANY", "Deutschland", "Serbia", "Russia", "United Kingdom"].map((name) => findCountry(name)?.code)).toEqual(["DE", "DE", "RS", "RU", "GB"]);
  });

  it("is no region that is not a country, and nothing for a name of none", () => {
    expect(["European Union", "Eurozone", "Unknown Region", "Canarias", "Ceuta y Melilla", "Atlantis", ""].map(findCountry)).toEqual([null, null, null, null, null, null, null]);
  });

  it("is read from the names people use beside ICU's", () => {
    expect(["Turkey", "UK", "Great Britain", "England", "Macedonia", "Vatican", "Česká republika", "Republika Hrvatska", "Shqipëria"].map((name) => findCountry(name)?.code))
      .toEqual(["TR", "GB", "GB", "GB", "MK", "VA", "CZ", "HR", "AL"]);
  });
});
