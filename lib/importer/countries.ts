import { isCountryCode } from "../case/country-codes";
import { foldCase } from "../slug";

export type Country = { code: string; name: string };

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/**
 * The languages a partner may name its country in, after English: the EU's, and those of its neighbours and
 * candidates ("ΕΛΛΑΔΑ", "БЪЛГАРИЯ", "POLSKA"). A name means the country English gives it first.
 */
const LOCAL_LANGUAGES = ["bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
  "sq", "bs", "ca", "eu", "gl", "is", "ka", "hy", "lb", "mk", "nb", "nn", "ru", "sr", "tr", "uk"];
const key = (name: string) => foldCase(name).trim();

function buildCountryIndex(): Map<string, Country> {
  const index = new Map<string, Country>();
  const codes = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter(isCountryCode);
  for (const language of ["en", ...LOCAL_LANGUAGES]) {
    const names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    for (const code of codes) {
      const name = names.of(code);
      if (name && !index.has(key(name))) index.set(key(name), { code, name: regionNames.of(code)! });
    }
  }
  const aliases = [["czech republic", "CZ"], ["ceska republika", "CZ"], ["holland", "NL"], ["the netherlands", "NL"], ["slovak republic", "SK"],
    ["turkey", "TR"], ["uk", "GB"], ["great britain", "GB"], ["england", "GB"], ["scotland", "GB"], ["wales", "GB"], ["northern ireland", "GB"],
    ["macedonia", "MK"], ["vatican", "VA"], ["republika hrvatska", "HR"], ["shqiperia", "AL"]] as const;
  for (const [alias, code] of aliases) {
    index.set(alias, { code, name: regionNames.of(code) ?? code });
  }
  return index;
}

let index: Map<string, Country> | undefined;

/** ISO 3166-1 country, named in English, from its name in English or a partner's language ("FRANCE", "Ελλάδα"), using the runtime's ICU data. */
export function findCountry(name: string): Country | null {
  index ??= buildCountryIndex();
  return index.get(key(name)) ?? null;
}

export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}
