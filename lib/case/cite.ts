import { dayOf, isoDayOf } from "../plain-text";
import { CONTENT_LICENCE, SITE_NAME } from "../site";
import { SAMPLE_LABEL, type CaseDocument } from "./schema";
import { withFocus } from "./case-name";
import { findingAnchor, findingName, type FindingKind, type RecommendationPart } from "./recommendation-part";
import { citedUrl } from "./urls";

/** What a citation needs of a case; `version` and `updatedAt` are present on stored cases. */
export type CitableCase = Pick<CaseDocument, "slug" | "sample" | "focus" | "workshopDate" | "version" | "updatedAt" | "publishedAt"> & {
  city: { name: string };
  policyArea: { name: string };
};

export const CITATION_AUTHOR = "ekip partnership";


/** "City Case Description: Saint-Etienne – Artificial Intelligence", with the focus when the case has one (it tells two cases apart). */
export function citationTitle(c: CitableCase): string {
  const title = withFocus(`City Case Description: ${c.city.name} – ${c.policyArea.name}`, c.focus);
  // Made-up content is never cited as the partnership's work without saying so.
  return c.sample ? `${title} [${SAMPLE_LABEL}]` : title;
}

/** The year of the workshop, else of first publication (stable across edits), else of the last update. */
export function citationYear(c: CitableCase): number | null {
  const date = c.workshopDate ?? c.publishedAt ?? c.updatedAt;
  return date ? Number(date.slice(0, 4)) : null;
}

/** Which year the citation gives, in words for the reader: cases that give no workshop date are cited otherwise. */
export function citationYearNote(c: CitableCase): string | null {
  if (c.workshopDate) return "The year is the workshop's.";
  if (c.publishedAt) return "The case gives no date for its workshop: the year is the one it was first published here.";
  return null;
}

/**
 * "Version 4, updated 30 November 2026": which text was cited. The permalink always shows the newest, so a reader
 * who finds other words there can tell that the case has changed since.
 */
export function citationVersion(c: CitableCase): string | null {
  if (!c.version || !c.updatedAt) return null;
  return `Version ${c.version}, updated ${dayOf(new Date(c.updatedAt))}`;
}

/** A reference for people: author (year). Title. Version, updated date. Publisher. URL (accessed date). Licence. */
export function toCitationText(c: CitableCase, url: string, accessed: Date = new Date()): string {
  const year = citationYear(c) ?? "n.d.";
  const version = citationVersion(c);
  return `${CITATION_AUTHOR} (${year}). ${citationTitle(c)}. ${version ? `${version}. ` : ""}${SITE_NAME}. ${url} (accessed ${dayOf(accessed)}). Licence: ${CONTENT_LICENCE.spdx}.`;
}

/**
 * A reference to one conclusion or recommendation, inside the case's: "ekip partnership (2024). Main recommendation 3:
 * Title. In City Case Description: … Version 4, … URL#its-anchor (accessed …). Licence: …". `url` is the finding's own.
 */
export function toFindingCitationText(c: CitableCase, finding: { name: string; title: string }, url: string, accessed: Date | null = new Date()): string {
  const year = citationYear(c) ?? "n.d.";
  const version = citationVersion(c);
  const title = finding.title.trim().replace(/[.:;,]$/, "");
  return `${CITATION_AUTHOR} (${year}). ${finding.name}${title ? `: ${title}` : ""}. In ${citationTitle(c)}. ${version ? `${version}. ` : ""}${SITE_NAME}. ${url}${accessed ? ` (accessed ${dayOf(accessed)})` : ""}. Licence: ${CONTENT_LICENCE.spdx}.`;
}

/** One conclusion or recommendation as its reference names it. */
export type CitedFinding = { part: RecommendationPart; kind: FindingKind; number: number; title: string };

/** The reference a case's page gives one of its findings: its name, and its anchor in the version cited. */
export function toFindingReference(c: CitableCase, f: CitedFinding, accessed: Date | null = new Date()): string {
  const name = findingName(f.part, f.kind, f.number);
  const url = `${citedUrl(c)}#${findingAnchor(f.part, f.kind, f.number)}`;
  return toFindingCitationText(c, { name: name.charAt(0).toUpperCase() + name.slice(1), title: f.title }, url, accessed);
}

/** What a reference to one of a case's recommendations names of the case, beside its names (db/cited-case.ts). */
export type CitedCase = { caseVersion: number; caseUpdatedAt: string; casePublishedAt: string | null; workshopDate: string | null };

/** A recommendation as the lists of recommendations hold it, with what its reference names of its case. */
export type CitableRecommendation = CitedCase & {
  caseSlug: string; isSample?: boolean; cityName: string; policyAreaName: string; focus: string | null;
  part: RecommendationPart; number: number; title: string;
  /** The first of its number in its part: a second "recommendation 3" has neither an address nor a reference of its own. */
  isFirstOfNumber: boolean;
};

/**
 * A listed recommendation's reference: the one its case's page gives it (the case's newest version); null where the page
 * gives none. `accessed` null leaves out the day it was read (the API's, whose answer would otherwise change every day).
 */
export function toRecommendationCitationText(r: CitableRecommendation, accessed: Date | null = new Date()): string | null {
  if (!r.isFirstOfNumber) return null;
  const c: CitableCase = {
    slug: r.caseSlug, sample: r.isSample ?? false, city: { name: r.cityName }, policyArea: { name: r.policyAreaName }, focus: r.focus,
    workshopDate: r.workshopDate, version: r.caseVersion, updatedAt: r.caseUpdatedAt, publishedAt: r.casePublishedAt,
  };
  return toFindingReference(c, { part: r.part, kind: "recommendation", number: r.number, title: r.title }, accessed);
}

// LaTeX accent commands for the combining marks that Unicode decomposition (NFD) splits off a letter.
const ACCENTS: Record<string, string> = {
  "\u0300": "`", "\u0301": "'", "\u0302": "^", "\u0303": "~", "\u0304": "=", "\u0306": "u", "\u0307": ".",
  "\u0308": '"', "\u030A": "r", "\u030B": "H", "\u030C": "v", "\u0327": "c", "\u0328": "k",
};
const LETTERS: Record<string, string> = {
  "ß": "{\\ss}", "æ": "{\\ae}", "Æ": "{\\AE}", "œ": "{\\oe}", "Œ": "{\\OE}", "ø": "{\\o}", "Ø": "{\\O}",
  "ł": "{\\l}", "Ł": "{\\L}", "ı": "{\\i}", "đ": "{\\dj}", "Đ": "{\\DJ}",
};
const TYPOGRAPHY: Record<string, string> = {
  "–": "--", "—": "---", "‘": "`", "’": "'", "“": "``", "”": "''", "…": "{\\ldots}", "\u00A0": "~",
};
const SPECIALS: Record<string, string> = {
  "\\": "{\\textbackslash}", "{": "\\{", "}": "\\}", "&": "\\&", "%": "\\%", "$": "\\$", "#": "\\#", "_": "\\_",
  "~": "{\\textasciitilde}", "^": "{\\textasciicircum}",
};

/**
 * Text as BibTeX reads it: LaTeX's special characters escaped and accented letters written as
 * accent commands (`é` → `{\'e}`), so that classic BibTeX, not only biber, typesets them.
 * Characters LaTeX has no command for are kept as UTF-8.
 */
export function escapeBibtex(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    if (char in SPECIALS) out += SPECIALS[char];
    else if (char in LETTERS) out += LETTERS[char];
    else if (char in TYPOGRAPHY) out += TYPOGRAPHY[char];
    else out += accented(char) ?? char;
  }
  return out;
}

function accented(char: string): string | null {
  const [base, ...marks] = [...char.normalize("NFD")];
  if (!base || marks.length === 0 || !/^[A-Za-z]$/.test(base) || !marks.every((m) => m in ACCENTS)) return null;
  const letter = base === "i" ? "\\i" : base === "j" ? "\\j" : base;
  return marks.reduce((inner, mark) => {
    const command = ACCENTS[mark]!;
    return /^[a-zA-Z]$/.test(command) ? `{\\${command}{${inner}}}` : `{\\${command}${inner}}`;
  }, letter);
}

/**
 * A BibTeX entry (`@misc`, with biblatex's `urldate`); the title is braced so that styles keep its capitals. The
 * version is in the note only: classic BibTeX has no field for it, and biblatex would print both.
 */
export function toBibtex(c: CitableCase, url: string, accessed: Date = new Date()): string {
  const year = citationYear(c);
  const version = citationVersion(c);
  const fields: Array<[string, string]> = [
    ["author", `{${escapeBibtex(CITATION_AUTHOR)}}`],
    ["title", `{${escapeBibtex(citationTitle(c))}}`],
    ["howpublished", escapeBibtex(SITE_NAME)],
    ["publisher", escapeBibtex(SITE_NAME)],
    ...(year ? ([["year", String(year)]] as Array<[string, string]>) : []),
    ["url", url],
    ["urldate", isoDayOf(accessed)],
    ["note", escapeBibtex(`${version ? `${version}. ` : ""}Accessed ${dayOf(accessed)}. Licence: ${CONTENT_LICENCE.name}`)],
  ];
  const key = `ekip-${c.slug}${year ? `-${year}` : ""}`;
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n")}\n}\n`;
}

type DateParts = { "date-parts": [number[]] };
export type CslItem = {
  id: string; type: "report"; genre: string; title: string; author: Array<{ literal: string }>;
  issued?: DateParts; version?: string; accessed: DateParts; publisher: string; URL: string; language: "en"; license: string;
};

const dateParts = (date: Date): DateParts => ({ "date-parts": [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] });

/** A CSL-JSON document (an array of one item), as Zotero, Pandoc's citeproc and reference managers read it. */
export function toCslJson(c: CitableCase, url: string, accessed: Date = new Date()): CslItem[] {
  const year = citationYear(c);
  const version = citationVersion(c) ? String(c.version) : null;
  return [
    {
      id: c.slug,
      type: "report",
      genre: "City Case Description",
      title: citationTitle(c),
      author: [{ literal: CITATION_AUTHOR }],
      ...(year ? { issued: { "date-parts": [[year]] } as DateParts } : {}),
      ...(version ? { version } : {}),
      accessed: dateParts(accessed),
      publisher: SITE_NAME,
      URL: url,
      language: "en",
      license: CONTENT_LICENCE.url,
    },
  ];
}

/**
 * The citation as meta tags in the page's head (Highwire Press, as Google Scholar and Zotero's connector read
 * them): without them a case page is saved as a web page without author, year or kind.
 */
export function citationMetaTags(c: CitableCase, url: string): Record<string, string> {
  const year = citationYear(c);
  return {
    citation_title: citationTitle(c),
    citation_author: CITATION_AUTHOR,
    ...(year ? { citation_publication_date: String(year) } : {}),
    citation_technical_report_institution: CITATION_AUTHOR,
    citation_publisher: SITE_NAME,
    citation_public_url: url,
    citation_language: "en",
  };
}

/** CSL-JSON as text for people and files: indented, with each date's parts kept on one line. */
export function formatCslJson(items: CslItem[]): string {
  return `${JSON.stringify(items, null, 2)
    .replace(/\[\s*((?:\d+,\s*)*\d+)\s*\]/g, (_, parts: string) => `[${parts.replace(/\s+/g, "")}]`)
    .replace(/\[\s*(\[[\d,]+\])\s*\]/g, "[$1]")}\n`;
}
