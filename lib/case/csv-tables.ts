import { z } from "zod";
import { toCsv, type CsvRecord } from "./csv";
import { INVENTORY_COLUMNS, inventoryRecord } from "./inventory-csv";
import type { CaseDocument, Findings } from "./schema";

/**
 * The published cases as flat tables, one CSV each, joined on `case_slug`: what a spreadsheet or a
 * data-frame library reads without understanding nested JSON. Long Markdown texts stay in the JSON.
 */
export const CSV_TABLES = {
  cases: table({
    description: "One row per case: city, policy area, focus, dates, the portfolio's title and coordinator, and whether it is made-up sample content",
    columns: [
      "case_slug", "title", "focus", "workshop_date", "updated_at", "version", "city_slug", "city", "country_code", "country",
      "population", "policy_area_slug", "policy_area", "portfolio_title", "portfolio_coordinator", "sample",
    ],
    rows: (c: CaseDocument) => [{
      case_slug: c.slug, title: c.title, focus: c.focus, workshop_date: c.workshopDate, updated_at: c.updatedAt ?? null,
      version: c.version ?? null, city_slug: c.city.slug, city: c.city.name, country_code: c.city.country.code,
      country: c.city.country.name, population: c.city.population, policy_area_slug: c.policyArea.slug, policy_area: c.policyArea.name,
      portfolio_title: c.portfolio.title, portfolio_coordinator: c.portfolio.coordinator, sample: c.sample,
    }],
  }),
  inventory: table({
    description: "The inventory: one row per actor or resource, with its OPSI facets semicolon-separated",
    columns: ["case_slug", ...INVENTORY_COLUMNS],
    rows: (c: CaseDocument) => c.inventory.map((row) => ({ case_slug: c.slug, ...inventoryRecord(row) })),
  }),
  findings: table({
    description: "Conclusions and recommendations, of the summary at the top (part=summary) and of the closing section (part=closing)",
    columns: ["case_slug", "part", "kind", "number", "title", "body"],
    rows: (c: CaseDocument) => [...findingRows(c.slug, "summary", c.summary), ...findingRows(c.slug, "closing", c.findings)],
  }),
  stakeholders: table({
    description: "The stakeholders of the innovation portfolio, by category",
    columns: ["case_slug", "category", "name", "actor_slug"],
    rows: (c: CaseDocument) => c.portfolio.stakeholders.map((s) => ({ case_slug: c.slug, category: s.category, name: s.name, actor_slug: s.actor })),
  }),
  participants: table({
    description: "Where the workshop participants came from",
    columns: ["case_slug", "name", "actor_slug"],
    rows: (c: CaseDocument) => c.participants.map((p) => ({ case_slug: c.slug, name: p.name, actor_slug: p.actor })),
  }),
};

type CsvTable<C extends string> = { description: string; columns: readonly C[]; rows: (c: CaseDocument) => Array<CsvRecord<C>> };

/** Ties a table's rows to its columns, so that a column cannot be left out or misspelt. */
function table<const C extends string>(definition: CsvTable<C>): CsvTable<string> {
  return definition as unknown as CsvTable<string>;
}

export type CsvTableName = keyof typeof CSV_TABLES;
export const CSV_TABLE_NAMES = Object.keys(CSV_TABLES) as [CsvTableName, ...CsvTableName[]];
export const csvTableNameSchema = z.enum(CSV_TABLE_NAMES);

function findingRows(slug: string, part: "summary" | "closing", findings: Findings) {
  const rows = (kind: "conclusion" | "recommendation", list: Findings["conclusions"]) =>
    list.map((f) => ({ case_slug: slug, part, kind, number: f.number, title: f.title, body: f.body }));
  return [...rows("conclusion", findings.conclusions), ...rows("recommendation", findings.recommendations)];
}

/** One table of every given case, as CSV. */
export function casesTableCsv(name: CsvTableName, cases: CaseDocument[]): string {
  const { columns, rows } = CSV_TABLES[name];
  return toCsv(columns, cases.flatMap(rows));
}
