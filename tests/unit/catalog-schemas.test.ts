import { describe, expect, it } from "vitest";
import { formErrors, newCitySchema } from "@/lib/catalog/schemas";

describe("the city form", () => {
  it("makes the slug from the name, tidies the country code and reads a population written with spaces", () => {
    expect(newCitySchema.parse({ name: "Saint-Étienne ", countryCode: " fr", countryName: "France", population: "171 000", website: "", slug: "" })).toEqual({
      slug: "saint-etienne", name: "Saint-Étienne", countryCode: "FR", countryName: "France", population: 171000, website: null,
    });
  });

  it("keeps a description as its public page shows it: line ends as one, invisible ends gone, at most 100,000 characters", () => {
    const city = { name: "Lund", countryCode: "SE", countryName: "Sweden", slug: "lund" };
    expect(newCitySchema.parse({ ...city, description: "A **city**\r\nof science.\u200B " }).description).toBe("A **city**\nof science.");
    // Left as the form showed it, it is not written at all: one never set stays unset; emptied, it is "".
    expect(newCitySchema.parse({ ...city, description: "Same\r\ntext", descriptionShown: "Same\r\ntext" }).description).toBeUndefined();
    expect(newCitySchema.parse({ ...city, description: "", descriptionShown: "" }).description).toBeUndefined();
    expect(newCitySchema.parse({ ...city, description: " ", descriptionShown: "Old text" }).description).toBe("");
    expect(newCitySchema.safeParse({ ...city, description: "x".repeat(100_001) }).error?.issues.map((i) => i.message)).toEqual(["Use at most 100,000 characters"]);
  });

  it("says once, for each field that is wrong, what to enter", () => {
    const result = newCitySchema.safeParse({ name: "", countryCode: "Belgium", countryName: "Belgium", population: "many", website: "stad.gent", slug: "Gent!" });
    const errors = formErrors(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["countryCode", "name", "population", "slug", "website"]);
    expect(errors.name).toEqual(["Enter a name"]);
    expect(errors.population).toEqual(["Enter the population as a whole number (at most 2,147,483,647), or leave it empty"]);
  });

  it("takes only a country's ISO code as it is now, and a population only in digits", () => {
    const errors = (fields: Record<string, string>) => formErrors(newCitySchema.safeParse({ name: "Gent", countryCode: "BE", countryName: "Belgium", population: "", website: "", ...fields }).error!);
    for (const code of ["XX", "ZZ", "EU", "UK", "DD", "QO"]) {
      expect(errors({ countryCode: code }), code).toEqual({ countryCode: ["No country has this code now: enter its two-letter ISO code, such as FR (GB for the United Kingdom)"] });
    }
    expect(newCitySchema.parse({ name: "Cork", countryCode: "ie", countryName: "Ireland", population: "", website: "" }).countryCode).toBe("IE");
    expect(newCitySchema.parse({ name: "Pristina", countryCode: "XK", countryName: "Kosovo", population: "", website: "" }).countryCode).toBe("XK");
    for (const population of ["1e3", "0x10", "12.5", "-3", "1_000"]) expect(Object.keys(errors({ population })), population).toEqual(["population"]);
    expect(newCitySchema.parse({ name: "Gent", countryCode: "BE", countryName: "Belgium", population: "263,927", website: "" }).population).toBe(263927);
  });

  it("says what to enter for a population too big, not the validator's words, and how long a website may be", () => {
    const errors = formErrors(newCitySchema.safeParse({ name: "Gent", countryCode: "BE", countryName: "Belgium", population: "9".repeat(30), website: `https://stad.gent/${"a".repeat(2000)}` }).error!);
    expect(errors).toEqual({ population: ["Enter the population as a whole number (at most 2,147,483,647), or leave it empty"], website: ["Use at most 2,000 characters"] });
  });

  it("takes a website only as a web address: a javascript: or data: address would be a link on the city's page", () => {
    const website = (value: string) => formErrors(newCitySchema.safeParse({ name: "Gent", countryCode: "BE", countryName: "Belgium", population: "", website: value }).error!).website;
    for (const address of ["javascript:alert(document.domain)", "data:text/html,<script>alert(1)</script>", "ftp://stad.gent", "notaurl"]) {
      expect(website(address), address).toEqual(["Enter the website's full address, starting with https://, or leave it empty"]);
    }
    expect(newCitySchema.parse({ name: "Gent", countryCode: "BE", countryName: "Belgium", population: "", website: "http://stad.gent/" }).website).toBe("http://stad.gent/");
  });

  it("says how long a name may be when it is too long, not that it is missing", () => {
    const result = newCitySchema.safeParse({ name: "G".repeat(301), countryCode: "BE", countryName: "Belgium", population: "", website: "" });
    expect(formErrors(result.error!)).toEqual({ name: ["Use at most 300 characters"] });
  });

  it("asks for a slug when the name gives none", () => {
    const result = newCitySchema.safeParse({ name: "???", countryCode: "BE", countryName: "Belgium", population: "", website: "" });
    expect(formErrors(result.error!)).toEqual({ slug: ["No address can be made from this name (it needs letters or digits): enter a slug, such as porto-sereno"] });
  });
});
