import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { caseToMarkdownFile } from "@/lib/case/markdown-file";
import { caseToMarkdown } from "@/lib/case/to-markdown";
import type { CaseDocument } from "@/lib/case/schema";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { DELIVERED_CASE, readText } from "../support/fixtures";

const URL = "https://kb.example.org/cases/saint-etienne-artificial-intelligence";
const VERSION_URL = `${URL}/versions/3`;
const DOWNLOADED = new Date("2026-12-06T15:00:00Z");

function parse(markdown: string): CaseDocument {
  const result = parseCaseDocument(markdown);
  if (!result.ok) throw new Error(result.error);
  return result.case;
}

const stored = (c: CaseDocument, changes: Partial<CaseDocument> = {}): CaseDocument =>
  ({ ...c, version: 3, updatedAt: "2026-12-01T10:00:00.000Z", publishedAt: "2026-11-20T09:00:00.000Z", ...changes });

function frontMatter(file: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n\n/.exec(file);
  if (!match) throw new Error("no front matter");
  return parseYaml(match[1]!);
}

describe("the Markdown file a case is downloaded as", () => {
  it("names what it is, its source, version and licence in front matter, then holds the case as written", () => {
    const c = stored(parse(readText(DELIVERED_CASE)));
    const file = caseToMarkdownFile(c, { source: URL, cited: VERSION_URL }, DOWNLOADED);
    expect(frontMatter(file)).toEqual({
      title: "City Case Description: Saint-Etienne – Artificial Intelligence",
      author: "ekip partnership",
      publisher: "ekip Knowledge Bank",
      version: 3,
      published: "2026-11-20",
      updated: "2026-12-01",
      source: URL,
      license: "CC-BY-4.0",
      license_url: "https://creativecommons.org/licenses/by/4.0/",
      cite_as: `ekip partnership (2026). City Case Description: Saint-Etienne – Artificial Intelligence. Version 3, updated 1 December 2026. ekip Knowledge Bank. ${VERSION_URL} (accessed 6 December 2026). Licence: CC-BY-4.0.`,
    });
    expect(file.endsWith(caseToMarkdown(c))).toBe(true);
  });

  it("reads back to the same case: the importer skips the front matter, and says so", () => {
    const c = parse(readText(DELIVERED_CASE));
    const file = caseToMarkdownFile(stored(c), { source: URL, cited: VERSION_URL }, DOWNLOADED);
    const result = parseCaseDocument(file);
    expect(result.ok && result.case).toEqual(c);
    const warnings = result.ok ? result.warnings : [];
    const delivered = parseCaseDocument(readText(DELIVERED_CASE));
    expect(warnings.filter((w) => w.message.startsWith("The front matter"))).toEqual([
      { line: 1, message: "The front matter (lines 1-12) was skipped: it describes the file (a download's source, version and licence), not the case" },
    ]);
    expect(warnings).toHaveLength((delivered.ok ? delivered.warnings.length : 0) + 1);
  });

  it("shows the editors' note to people who open the file, as a quotation after the front matter, which the importer skips", () => {
    const c = parse(readText(DELIVERED_CASE));
    // Markdown of every kind, a code fence left open among it: the quotation holds it all, and ends where it ends.
    const note = "The summary speaks of **Košice**.\n\n- being checked\n- with the city\n\n```\n## • The Context";
    const file = caseToMarkdownFile(stored(c, { editorsNote: note }), { source: URL, cited: VERSION_URL }, DOWNLOADED);
    const quote = "> **Note from ekip’s editors:**\n>\n> The summary speaks of **Košice**.\n>\n> - being checked\n> - with the city\n>\n> ```\n> ## • The Context\n\n";
    expect(file).toContain(`\n---\n\n${quote}${caseToMarkdown(c)}`);
    expect(frontMatter(file)).toMatchObject({ editors_note: note });
    const result = parseCaseDocument(file);
    expect(result.ok && result.case).toEqual(c);
    const line = file.split("\n").indexOf("> **Note from ekip’s editors:**") + 1;
    expect(result.ok && result.warnings.filter((w) => w.message.startsWith("The editors' note"))).toEqual([
      { line, message: `The editors' note (lines ${line}-${line + 8}) was skipped: it is ekip's word on the case, not the document's, and an import leaves it as it is` },
    ]);
  });

  it("keeps quotes, colons, hashes and line-like text in a focus as values, not as YAML", () => {
    const focus = `"Design: #1" — it's 'ours' --- really`;
    const c = parse(readText(DELIVERED_CASE));
    const file = caseToMarkdownFile(stored(c, { focus, sample: true }), { source: URL, cited: VERSION_URL }, DOWNLOADED);
    expect(frontMatter(file)).toMatchObject({ title: `City Case Description: Saint-Etienne – Artificial Intelligence (${focus}) [Sample content - not an ekip case]` });
    expect(parse(file)).toMatchObject({ focus, sample: true });
  });
});
