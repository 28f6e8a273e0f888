import { describe, expect, it } from "vitest";
import { casesTableCsv, CSV_TABLES, CSV_TABLE_NAMES } from "@/lib/case/csv-tables";
import { toCsv } from "@/lib/case/csv";
import { inventoryCsv } from "@/lib/case/inventory-csv";
import type { CaseDocument, InventoryRow } from "@/lib/case/schema";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { DELIVERED_CASE, LUND_VARIANT, readText } from "../support/fixtures";

function parseFile(file: string): CaseDocument {
  const result = parseCaseDocument(readText(file));
  if (!result.ok) throw new Error(result.error);
  return result.case;
}

const row = (changes: Partial<InventoryRow>): InventoryRow => ({
  actor: { slug: "usein", name: "USE'IN" }, areaOfExpertise: "Local incubator", targetGroup: "Startups",
  facets: ["enhancement", "adaptive"], innovationNote: null, isResource: false, rawText: "", ...changes,
});

/** A minimal RFC 4180 reader, to check what a spreadsheet would read back. */
function readCsv(csv: string): string[][] {
  const records: string[][] = [];
  let field = "", record: string[] = [], quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { record.push(field); field = ""; }
    else if (ch === "\r" && csv[i + 1] === "\n") { record.push(field); records.push(record); field = ""; record = []; i++; }
    else field += ch;
  }
  if (field || record.length) throw new Error("the last record is not terminated by CRLF");
  return records;
}

describe("the inventory as CSV", () => {
  it("has a header and one line per row of the delivered case, facets semicolon-separated", () => {
    const csv = inventoryCsv(parseFile(DELIVERED_CASE));
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(28); // header, 26 rows, and the empty string after the last CRLF
    expect(lines[0]).toBe("actor,actor_slug,area_of_expertise,target_group,facets,innovation_note,is_resource,sample");
    expect(lines[1]).toBe(`USE'IN,usein,Local incubator,"Students, SME's, startups",enhancement;adaptive,High level on innovation,false,false`);
    expect(lines.filter((l) => l.endsWith(",true,false"))).not.toHaveLength(0);
  });

  it("quotes commas, quotes and line breaks so that they read back unchanged, but for a formula's apostrophe", () => {
    const tricky = row({
      actor: { slug: "le-fil", name: 'Le "Fil", Saint-Etienne' },
      areaOfExpertise: "Music,\nlive shows",
      targetGroup: "Line one\r\nline two",
      innovationNote: "=SUM(A1) is kept as text",
      facets: [],
      isResource: true,
    });
    const csv = inventoryCsv({ inventory: [tricky, row({})], sample: true });
    expect(csv).toContain('"Le ""Fil"", Saint-Etienne"');
    expect(readCsv(csv)).toEqual([
      ["actor", "actor_slug", "area_of_expertise", "target_group", "facets", "innovation_note", "is_resource", "sample"],
      ['Le "Fil", Saint-Etienne', "le-fil", "Music,\nlive shows", "Line one\r\nline two", "", "'=SUM(A1) is kept as text", "true", "true"],
      ["USE'IN", "usein", "Local incubator", "Startups", "enhancement;adaptive", "", "false", "true"],
    ]);
  });

  it("writes text that a spreadsheet would run as a formula with a leading apostrophe, and numbers as they are", () => {
    const starts = ["=HYPERLINK(\"http://evil.example\")", "+SUM(1+1)", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"];
    const csv = inventoryCsv({ inventory: starts.map((name, i) => row({ actor: { slug: `a${i}`, name } })), sample: false });
    expect(readCsv(csv).slice(1).map((r) => r[0])).toEqual(starts.map((name) => `'${name}`));
    expect(readCsv(casesTableCsv("findings", [{ ...parseFile(DELIVERED_CASE), slug: "-x" }]))[1]![0]).toBe("'-x");
    expect(readCsv(inventoryCsv({ inventory: [row({ areaOfExpertise: "Music - live = shows" })], sample: false }))[1]![2]).toBe("Music - live = shows");
    expect(toCsv(["count", "text"], [{ count: -2, text: "-2" }, { count: 3, text: "\uFF1D1+1" }])).toBe("count,text\r\n-2,'-2\r\n3,'\uFF1D1+1\r\n");
  });

  it("keeps accented names as UTF-8 without a byte order mark", () => {
    const csv = inventoryCsv({ inventory: [row({ actor: { slug: "kosice-it-valley", name: "Košice IT Valley" } })], sample: false });
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(readCsv(csv)[1]![0]).toBe("Košice IT Valley");
  });

  it("is only a header for a case without an inventory", () => {
    expect(inventoryCsv({ inventory: [], sample: false })).toBe("actor,actor_slug,area_of_expertise,target_group,facets,innovation_note,is_resource,sample\r\n");
  });
});

describe("the bulk tables", () => {
  const cases: CaseDocument[] = [parseFile(DELIVERED_CASE), parseFile(LUND_VARIANT)];

  it.each(CSV_TABLE_NAMES)("%s: its columns, case_slug first, and rows of both cases", (name) => {
    const records = readCsv(casesTableCsv(name, cases));
    expect(records[0]).toEqual([...CSV_TABLES[name].columns]);
    expect(records[0]![0]).toBe("case_slug");
    for (const record of records.slice(1)) expect(record).toHaveLength(records[0]!.length);
    expect(new Set(records.slice(1).map((r) => r[0]))).toEqual(new Set(cases.map((c) => c.slug)));
  });

  it("holds every row of every case", () => {
    const count = (name: (typeof CSV_TABLE_NAMES)[number]) => readCsv(casesTableCsv(name, cases)).length - 1;
    const sum = (f: (c: CaseDocument) => number) => cases.reduce((n, c) => n + f(c), 0);
    expect(count("cases")).toBe(2);
    expect(count("inventory")).toBe(sum((c) => c.inventory.length));
    expect(count("participants")).toBe(sum((c) => c.participants.length));
    expect(count("stakeholders")).toBe(sum((c) => c.portfolio.stakeholders.length));
    expect(count("findings")).toBe(
      sum((c) => c.summary.conclusions.length + c.summary.recommendations.length + c.findings.conclusions.length + c.findings.recommendations.length),
    );
  });

  it("tells the summary's findings from the closing section's", () => {
    const [, ...rows] = readCsv(casesTableCsv("findings", [cases[0]!]));
    const closing = rows.filter((r) => r[1] === "closing" && r[2] === "recommendation");
    expect(closing).toHaveLength(cases[0]!.findings.recommendations.length);
    expect(closing[0]!.slice(3, 5)).toEqual([String(cases[0]!.findings.recommendations[0]!.number), cases[0]!.findings.recommendations[0]!.title]);
  });
});
