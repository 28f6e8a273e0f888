import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS } from "../case/csv";
import { findingLine } from "../case/findings";
import { FACETS, FACET_LABELS, STAKEHOLDER_CATEGORIES, STAKEHOLDER_CATEGORY_LABELS, type Finding, type ThemeGroup } from "../case/schema";
import type { FacetCounts } from "./opsi";

type Compared = {
  slug: string; sample: boolean; city: { name: string; country: { name: string } }; policyArea: { name: string };
  portfolio: { title: string; scope: string; coordinator: string; stakeholders: Array<{ category: string; name: string }>; challenges: ThemeGroup[]; opportunities: ThemeGroup[] };
  findings: { conclusions: Finding[]; recommendations: Finding[] };
  facetCounts: FacetCounts;
};

/** Each heading on a line of its own, each of its items on one below it, as written. */
const groups = (list: ThemeGroup[]) => list.map((g) => [`${g.heading}:`, ...g.items.map((item) => `- ${item}`)].join("\n")).join("\n");
/** A title and the body it stands apart from read as two sentences (unless the title ends with its own mark). */
const findings = (list: Finding[]) => list.map((f) => `${f.number}. ${findingLine(f, /[.!?:]$/.test(f.title) ? " " : ". ")}`.trim()).join("\n");

/** The comparison as one table: a row per part of the cases, a column per case (RFC 4180: CRLF between records; UTF-8). */
export function comparisonToCsv(cases: Compared[]): string {
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
  ];
  return stringify(rows, CSV_OPTIONS);
}
