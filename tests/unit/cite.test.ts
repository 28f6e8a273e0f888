import { describe, expect, it } from "vitest";
import { SAMPLE_LABEL } from "@/lib/case/schema";
import { caseVersionUrl } from "@/lib/case/urls";
import { citationYear, citationYearNote, escapeBibtex, formatCslJson, toBibtex, toCitationText, toCslJson, toFindingCitationText, toRecommendationCitationText, type CitableCase } from "@/lib/case/cite";

const URL = "https://kb.ekip.eu/cases/saint-etienne-artificial-intelligence";
const ACCESSED = new Date("2026-03-05T10:00:00Z");
const SAINT_ETIENNE: CitableCase = {
  slug: "saint-etienne-artificial-intelligence",
  sample: false,
  city: { name: "Saint-Etienne" },
  policyArea: { name: "Artificial Intelligence" },
  focus: null,
  workshopDate: null,
  updatedAt: "2025-11-27T09:30:00.000Z",
};
const KOSICE: CitableCase = {
  ...SAINT_ETIENNE,
  slug: "kosice-creative-economy-data-r-d",
  city: { name: "Košice" },
  policyArea: { name: "Créative économie & 100% {data}_R&D #1 $5 ~ ^ \\" },
  focus: "Data",
  workshopDate: "2024-05-14",
};

describe("the citation of a case", () => {
  it("reads as author (year). title. publisher. permalink (accessed date). licence", () => {
    expect(toCitationText(SAINT_ETIENNE, URL, ACCESSED)).toBe(
      `ekip partnership (2025). City Case Description: Saint-Etienne – Artificial Intelligence. ekip Knowledge Bank. ${URL} (accessed 5 March 2026). Licence: CC-BY-4.0.`,
    );
  });

  it("names the version cited and the day it was last updated, in every format, when the case is stored", () => {
    const stored = { ...SAINT_ETIENNE, version: 4 };
    expect(toCitationText(stored, URL, ACCESSED)).toBe(
      `ekip partnership (2025). City Case Description: Saint-Etienne – Artificial Intelligence. Version 4, updated 27 November 2025. ekip Knowledge Bank. ${URL} (accessed 5 March 2026). Licence: CC-BY-4.0.`,
    );
    const entry = toBibtex(stored, URL, ACCESSED);
    expect(entry).toContain("  year = {2025},\n  url = ");
    expect(entry).toContain("note = {Version 4, updated 27 November 2025. Accessed 5 March 2026.");
    expect(toCslJson(stored, URL, ACCESSED)[0]!.version).toBe("4");
    // A document not stored yet (an import's preview) has no version to name.
    expect(toCslJson(SAINT_ETIENNE, URL, ACCESSED)[0]).not.toHaveProperty("version");
  });

  it("says in every format that sample content is not an ekip case", () => {
    const sample = { ...SAINT_ETIENNE, sample: true };
    const title = "City Case Description: Saint-Etienne – Artificial Intelligence [Sample content - not an ekip case]";
    expect(toCitationText(sample, URL, ACCESSED)).toContain(title);
    expect(toBibtex(sample, URL, ACCESSED)).toContain("[Sample content - not an ekip case]");
    expect(toCslJson(sample, URL, ACCESSED)[0]!.title).toBe(title);
    expect(toCitationText(SAINT_ETIENNE, URL, ACCESSED)).not.toContain("Sample");
  });

  it("takes the year of the workshop over the year of the last update", () => {
    expect(citationYear(SAINT_ETIENNE)).toBe(2025);
    expect(citationYear({ ...SAINT_ETIENNE, publishedAt: "2024-02-01T10:00:00.000Z" })).toBe(2024);
    expect(citationYear(KOSICE)).toBe(2024);
    expect(citationYear({ ...SAINT_ETIENNE, updatedAt: undefined })).toBeNull();
    expect(toCitationText({ ...SAINT_ETIENNE, updatedAt: undefined }, URL, ACCESSED)).toMatch(/^ekip partnership \(n\.d\.\)/);
  });

  it("says which year it gives: the workshop's, or, for a case without its date, that of first publication", () => {
    expect(citationYearNote(KOSICE)).toBe("The year is the workshop's.");
    expect(citationYearNote({ ...SAINT_ETIENNE, publishedAt: "2024-02-01T10:00:00.000Z" })).toMatch(/gives no date for its workshop: the year is the one it was first published here/);
    expect(citationYearNote(SAINT_ETIENNE)).toBeNull();
  });
});

describe("BibTeX", () => {
  it("writes a @misc entry with an institutional author, a protected title, the permalink and the access date", () => {
    expect(toBibtex(SAINT_ETIENNE, URL, ACCESSED)).toBe(
      [
        "@misc{ekip-saint-etienne-artificial-intelligence-2025,",
        "  author = {{ekip partnership}},",
        "  title = {{City Case Description: Saint-Etienne -- Artificial Intelligence}},",
        "  howpublished = {ekip Knowledge Bank},",
        "  publisher = {ekip Knowledge Bank},",
        "  year = {2025},",
        `  url = {${URL}},`,
        "  urldate = {2026-03-05},",
        "  note = {Accessed 5 March 2026. Licence: Creative Commons Attribution 4.0 International (CC BY 4.0)}",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("escapes LaTeX's special characters", () => {
    expect(escapeBibtex("100% {data}_R&D #1 $5 ~ ^ \\")).toBe(
      "100\\% \\{data\\}\\_R\\&D \\#1 \\$5 {\\textasciitilde} {\\textasciicircum} {\\textbackslash}",
    );
  });

  it("writes accented letters as accent commands, in both Unicode forms", () => {
    expect(escapeBibtex("Košice")).toBe("Ko{\\v{s}}ice");
    expect(escapeBibtex("Créative économie")).toBe("Cr{\\'e}ative {\\'e}conomie");
    expect(escapeBibtex("Cre\u0301ative")).toBe("Cr{\\'e}ative");
    expect(escapeBibtex("Malmö, Gdańsk, Façade, Ørestad, Straße, naïve, Łódź")).toBe(
      "Malm{\\\"o}, Gda{\\'n}sk, Fa{\\c{c}}ade, {\\O}restad, Stra{\\ss}e, na{\\\"\\i}ve, {\\L}{\\'o}d{\\'z}",
    );
    expect(escapeBibtex("“AI” – now…")).toBe("``AI'' -- now{\\ldots}");
  });

  it("keeps what LaTeX has no command for as UTF-8", () => {
    expect(escapeBibtex("Αθήνα 東京")).toBe("Αθήνα 東京");
  });

  it("escapes every field but the URL, and tells cases with a focus apart", () => {
    const entry = toBibtex(KOSICE, "https://kb.ekip.eu/cases/kosice-creative-economy-data-r-d", ACCESSED);
    expect(entry).toMatch(/^@misc\{ekip-kosice-creative-economy-data-r-d-2024,\n/);
    expect(entry).toContain(
      "title = {{City Case Description: Ko{\\v{s}}ice -- Cr{\\'e}ative {\\'e}conomie \\& 100\\% \\{data\\}\\_R\\&D \\#1 \\$5 {\\textasciitilde} {\\textasciicircum} {\\textbackslash} (Data)}}",
    );
    expect(entry).toContain("url = {https://kb.ekip.eu/cases/kosice-creative-economy-data-r-d}");
    expect(entry).toContain("year = {2024}");
    // Braces balance, so the entry parses.
    const unescaped = entry.replace(/\\[{}]/g, "");
    expect(unescaped.split("{").length).toBe(unescaped.split("}").length);
  });
});

describe("CSL-JSON", () => {
  it("is an array of one report item with a literal author, the year issued and the access date", () => {
    expect(toCslJson(SAINT_ETIENNE, URL, ACCESSED)).toEqual([
      {
        id: "saint-etienne-artificial-intelligence",
        type: "report",
        genre: "City Case Description",
        title: "City Case Description: Saint-Etienne – Artificial Intelligence",
        author: [{ literal: "ekip partnership" }],
        issued: { "date-parts": [[2025]] },
        accessed: { "date-parts": [[2026, 3, 5]] },
        publisher: "ekip Knowledge Bank",
        URL,
        language: "en",
        license: "https://creativecommons.org/licenses/by/4.0/",
      },
    ]);
  });

  it("keeps text as Unicode and leaves out the issued date when no date is known", () => {
    const [item] = toCslJson({ ...KOSICE, workshopDate: null, updatedAt: undefined }, URL, ACCESSED);
    expect(item!.title).toBe("City Case Description: Košice – Créative économie & 100% {data}_R&D #1 $5 ~ ^ \\ (Data)");
    expect(item).not.toHaveProperty("issued");
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
  });
});

describe("CSL-JSON as text", () => {
  it("is the same JSON, with each date on one line", () => {
    const items = toCslJson(SAINT_ETIENNE, URL, ACCESSED);
    const text = formatCslJson(items);
    expect(JSON.parse(text)).toEqual(items);
    expect(text).toContain('"accessed": {\n      "date-parts": [[2026,3,5]]\n    }');
    expect(text).toContain('"issued": {\n      "date-parts": [[2025]]\n    }');
  });
});

describe("the citation of one conclusion or recommendation", () => {
  it("names it and its title, in the case's citation, at its own address", () => {
    const stored = { ...KOSICE, version: 4 };
    const url = `${URL}/versions/4#summary-recommendation-3`;
    expect(toFindingCitationText(stored, { name: "Main recommendation 3", title: "Pool the cities' data." }, url, ACCESSED)).toBe(
      "ekip partnership (2024). Main recommendation 3: Pool the cities' data. In City Case Description: Košice – Créative économie & 100% {data}_R&D #1 $5 ~ ^ \\ (Data). "
        + `Version 4, updated 27 November 2025. ekip Knowledge Bank. ${url} (accessed 5 March 2026). Licence: CC-BY-4.0.`,
    );
    // One without a title is named by its number alone.
    expect(toFindingCitationText(stored, { name: "Closing conclusion 1", title: " " }, url, ACCESSED)).toMatch(/^ekip partnership \(2024\)\. Closing conclusion 1\. In City Case Description: /);
  });
});

describe("the citation of a recommendation in a list of them", () => {
  it("is the one its case's page gives it, at its anchor in the case's version", () => {
    const listed = {
      caseSlug: KOSICE.slug, isSample: false, cityName: "Košice", policyAreaName: KOSICE.policyArea.name, focus: "Data", part: "closing" as const, number: 2,
      title: "Pool the cities' data.", caseVersion: 4, caseUpdatedAt: KOSICE.updatedAt!, casePublishedAt: null, workshopDate: "2024-05-14", isFirstOfNumber: true,
    };
    const onItsPage = toFindingCitationText({ ...KOSICE, version: 4 }, { name: "Closing recommendation 2", title: listed.title }, `${caseVersionUrl(KOSICE.slug, 4)}#findings-recommendation-2`, ACCESSED);
    expect(toRecommendationCitationText(listed, ACCESSED)).toBe(onItsPage);
    // Without a workshop date, the year is the first publication's, not the last update's, as on the case page.
    const undated = { ...listed, workshopDate: null, casePublishedAt: "2023-02-01T08:00:00.000Z" };
    expect(toRecommendationCitationText(undated, ACCESSED)).toBe(toFindingCitationText({ ...KOSICE, version: 4, workshopDate: null, publishedAt: undated.casePublishedAt },
      { name: "Closing recommendation 2", title: listed.title }, `${caseVersionUrl(KOSICE.slug, 4)}#findings-recommendation-2`, ACCESSED));
    expect(toRecommendationCitationText(undated, ACCESSED)).toMatch(/^ekip partnership \(2023\)\. /);
    // A second recommendation 2 in the same part has no address of its own, so no reference: the page gives it none.
    expect(toRecommendationCitationText({ ...listed, isFirstOfNumber: false }, ACCESSED)).toBeNull();
    // A sample is cited as one.
    expect(toRecommendationCitationText({ ...listed, isSample: true }, ACCESSED)).toContain(`(Data) [${SAMPLE_LABEL}]`);
  });
});
