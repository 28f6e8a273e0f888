import { stripAccents } from "../slug";

export type Country = { code: string; name: string };

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function buildCountryIndex(): Map<string, Country> {
  const index = new Map<string, Country>();
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      const name = regionNames.of(code);
      if (name && name !== code && !index.has(stripAccents(name).toLowerCase())) index.set(stripAccents(name).toLowerCase(), { code, name });
    }
  }
  for (const [alias, code] of [["czech republic", "CZ"], ["holland", "NL"], ["the netherlands", "NL"], ["slovak republic", "SK"]] as const) {
    index.set(alias, { code, name: regionNames.of(code) ?? code });
  }
  return index;
}

let index: Map<string, Country> | undefined;

/** ISO 3166-1 country from its English name ("FRANCE", "Slovakia"), using the runtime's ICU data. */
export function findCountry(name: string): Country | null {
  index ??= buildCountryIndex();
  return index.get(stripAccents(name).trim().toLowerCase()) ?? null;
}

export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}
