import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS } from "../case/csv";
import { findingLine } from "../case/findings";
import { FACETS, FACET_LABELS, STAKEHOLDER_CATEGORIES, STAKEHOLDER_CATEGORY_LABELS, type Finding, type ThemeGroup } from "../case/schema";
import type { FacetCounts } from "./opsi";
import { THEME_AREA_NAMES, themeWords, type ThemeArea } from "./theme-texts";

type Compared = {
  slug: string; sample: boolean; city: { name: string; country: { name: string } }; policyArea: { name: string };
  portfolio: { title: string; scope: string; coordinator: string; stakeholders: Array<{ category: string; name: string }>; challenges: ThemeGroup[]; opportunities: ThemeGroup[] };
  findings: { conclusions: Finding[]; recommendations: Finding[] };
  facetCounts: FacetCounts;
};

/** What the cases share, as the page shows it: each organisation or theme names the slugs of the cases that have it. */
type Shared = {
  sharedOrganisations: Array<{ name: string; cases: string[] }>;
  themes: Array<{ area: ThemeArea; words: string[]; cases: string[] }>;
};

/** A row per shared organisation and per recurring theme, "yes" under each case that has it. */
function sharedRows(cases: Compared[], { sharedOrganisations, themes }: Shared): string[][] {
  const marks = (has: string[]) => cases.map((c) => (has.includes(c.slug) ? "yes" : ""));
  return [
    ...sharedOrganisations.map((o) => [`organisation in more than one case: ${o.name}`, ...marks(o.cases)]),
    ...themes.map((t) => [`recurring theme in ${THEME_AREA_NAMES[t.area].toLowerCase()}: ${themeWords(t.words)}`, ...marks(t.cases)]),
  ];
}

/** Each heading on a line of its own, each of its items on one below it, as written. */
const groups = (list: ThemeGroup[]) => list.map((g) => [`${g.heading}:`, ...g.items.map((item) => `- ${item}`)].join("\n")).join("\n");
/** A title and the body it stands apart from read as two sentences (unless the title ends with its own mark). */
const findings = (list: Finding[]) => list.map((f) => `${f.number}. ${findingLine(f, /[.!?:]$/.test(f.title) ? " " : ". ")}`.trim()).join("\n");

/**
 * The comparison as one table: a row per part of the cases, then per organisation and theme they share, a column
 * per case (RFC 4180: CRLF between records; UTF-8).
 */
export function comparisonToCsv(cases: Compared[], shared: Shared): string {
  const rows: string[][] = [
    ["part", ...cases.map((c) => c.slug)],
    ["sample content", ...cases.map((c) => (c.sample ? "yes - not an ekip case" : "no"))],
    ["city", ...cases.map((c) => c.city.name)],
    ["country", ...cases.map((c) => c.city.country.name)],
    ["policy area", ...cases.map((c) => c.policyArea.name)],
    ["portfolio", ...cases.map((c) => c.portfolio.title)],
    ["scope", ...cases.map((c) => c.portfolio.scope)],
    ["coordinator", ...cases.map((c) => c.portfolio.coordinator)],
    ...STAKEHOLDER_CATEGORIES.map((cat) => [
      `stakeholders: ${STAKEHOLDER_CATEGORY_LABELS[cat]}`,
      ...cases.map((c) => c.portfolio.stakeholders.filter((s) => s.category === cat).map((s) => s.name).join("; ")),
    ]),
    ["key challenges", ...cases.map((c) => groups(c.portfolio.challenges))],
    ["key opportunities", ...cases.map((c) => groups(c.portfolio.opportunities))],
    ["conclusions", ...cases.map((c) => findings(c.findings.conclusions))],
    ["recommendations", ...cases.map((c) => findings(c.findings.recommendations))],
    ...FACETS.map((f) => [`actors: ${FACET_LABELS[f]}`, ...cases.map((c) => String(c.facetCounts[f]))]),
    ...sharedRows(cases, shared),
  ];
  return stringify(rows, CSV_OPTIONS);
}
