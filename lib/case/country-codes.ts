const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
/** Regions ICU names that are no country of ISO 3166-1 (the Canary Islands, Ceuta and Melilla, Ascension...). */
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"]);

/**
 * Whether two capitals are the ISO 3166-1 alpha-2 code a country has now, by the runtime's ICU data: not a former
 * code that ICU still names ("DD" is Germany too, "CS" Serbia, "UK" the United Kingdom, whose code is GB).
 */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== undefined && !NOT_COUNTRIES.has(code)
    && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}
