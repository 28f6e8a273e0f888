import { describe, expect, it } from "vitest";
import { parseCaseDocument, type ParseResult } from "@/lib/importer/parse-case";
import { DELIVERED_CASE, LUND_VARIANT, readText } from "../support/fixtures";

function parsed(markdown: string | Uint8Array): Extract<ParseResult, { ok: true }> {
  const result = parseCaseDocument(markdown);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** A variant of a document, which must differ from it (a replacement that matched nothing would test nothing). */
function changed(before: string, after: string): string {
  expect(after).not.toBe(before);
  return after;
}

describe("documents as they really arrive", () => {
  const delivered = readText(DELIVERED_CASE);

  it("reads CRLF line endings and a byte-order mark exactly as LF", () => {
    const crlf = new TextEncoder().encode("\uFEFF" + delivered.replace(/\n/g, "\r\n"));
    expect(parsed(crlf).case).toEqual(parsed(delivered).case);
  });

  it("reads '•' bullets as list items", () => {
    const bullets = changed(delivered, delivered.replace(/^- /gm, "• "));
    const { case: c } = parsed(bullets);
    expect(c.participants).toHaveLength(9);
    expect(c.portfolio.challenges.map((g) => g.items.length)).toEqual([2, 2, 2, 1]);
  });

  it("reads en and em dash bullets as list items, also where a Markdown list runs on into them", () => {
    // Every other participant and challenge written with a dash, as a word processor's list pasted after a Markdown one.
    let n = 0;
    const dashes = changed(delivered, delivered.replace(/^- /gm, () => (n++ % 2 ? "–  " : n % 4 === 1 ? "- " : "— ")));
    const { case: c } = parsed(dashes);
    expect(c.participants.map((p) => p.name)).toEqual(parsed(delivered).case.participants.map((p) => p.name));
    expect(c.portfolio.challenges).toEqual(parsed(delivered).case.portfolio.challenges);
    // Indented, a line that opens with a dash goes on the item's text, as a converter wraps a line.
    const wrapped = changed(delivered, delivered.replace(/^- (.*)$/m, "- $1\n  – and more"));
    const participants = parsed(wrapped).case.participants;
    expect(participants).toHaveLength(parsed(delivered).case.participants.length);
    expect(participants[0]!.name).toMatch(/ – and more$/);
  });

  it("reads the country of the city line in the partner's language", () => {
    const polish = changed(delivered, delivered.replace("SAINT-ETIENNE, FRANCE", "SAINT-ETIENNE, FRANCJA"));
    expect(parsed(polish).case.city.country).toEqual({ code: "FR", name: "France" });
  });

  it("reads headings whatever their level", () => {
    const shallow = changed(delivered, delivered.replace(/^#{2,4} /gm, "# "));
    const { case: c, warnings } = parsed(shallow);
    expect(warnings).toEqual([]);
    expect(c.portfolio.challenges.map((g) => g.heading)).toContain("Legal and ethical issues");
    expect(c.findings.conclusions).toHaveLength(3);
  });

  it("reads numbered section headings ('3. The Context', '5.2 The Scope', 'IV. THE INNOVATION SUPPORT ECOSYSTEM') as the parts they name", () => {
    let top = 0;
    let part = 0;
    const numbered = changed(delivered, delivered
      .replace(/^## • (.*)$/gm, (_, name: string) => (++top === 3 ? `**IV. ${name.toUpperCase()}**` : `## ${top}. ${name}`))
      .replace(/^### \*\*(Policy Innovation Portfolio Case|The Scope|Stakeholders in the portfolio|Coordination|Key challenges|Key opportunities):?\*\*$/gm, (_, name: string) => `### 5.${++part} ${name}`));
    expect(part).toBe(6);
    const { case: c, warnings } = parsed(numbered);
    expect(warnings).toEqual([]);
    expect(c).toEqual(parsed(delivered).case);
    // In another order too: the context numbered before the main conclusions.
    const context = numbered.slice(numbered.indexOf("## 2. The Context"), numbered.indexOf("**IV. THE"));
    const reordered = numbered.replace(context, "").replace("## 1. Main Conclusions", `${context.replace("## 2.", "## 1.")}## 2. Main Conclusions`);
    const moved = parsed(changed(numbered, reordered));
    expect(moved.warnings).toEqual([]);
    expect(moved.case.context).toBe(c.context);
    expect(moved.case.summary).toEqual(c.summary);
  });

  it("reads the parts' headings in the other words documents use ('&', 'Local Innovation Ecosystem', 'Inventory of Actors and Resources', 'Methodology')", () => {
    const reworded = changed(delivered, delivered
      .replace("## • Main Conclusions and Recommendations", "## Main Conclusions & Recommendations")
      .replace("## • The Innovation Support Ecosystem", "## Local Innovation Ecosystem")
      .replace("## • Inventory", "## Inventory of Actors and Resources")
      .replace("## • Our Methods", "## Methodology"));
    const { case: c, warnings } = parsed(reworded);
    expect(warnings).toEqual([]);
    expect(c).toEqual(parsed(delivered).case);
  });

  it("reads a converter's <br> in a table cell as a space, and leaves out its soft hyphens (U+00AD)", () => {
    const converted = changed(delivered, delivered
      .replace("Independent artists, schools", "Independent artists,<br>schools")
      .replace("Adaptive High level of innovation in the artistic creation", "Adaptive<BR/>High level of innovation in the artistic creation")
      .replaceAll("specialised", "specia\u00ADlised").replace("Festival on Digital Art", "Festi\u00ADval on Digital Art"));
    const { case: c, warnings } = parsed(converted);
    expect(warnings).toEqual([]);
    const withoutSource = (rows: typeof c.inventory) => rows.map(({ rawText: _, ...row }) => row);
    expect(withoutSource(c.inventory)).toEqual(withoutSource(parsed(delivered).case.inventory));
    expect(JSON.stringify(c)).not.toContain("\u00AD");
  });

  it("leaves out a PDF's page headers, footers and page numbers, in running text and in a table, and says so", () => {
    const footer = "ekip – City Case Description   Page 4 of 12";
    const paged = changed(delivered, delivered
      .replace("\n\n## • The Context\n\n", `\n\n${footer}\n\n## • The Context\n\n`)
      .replace("\n\n## • The Innovation Portfolio Case", "\n\n12\n\n## • The Innovation Portfolio Case")
      .replace("\n<u>Village CA</u>", "\nekip – City Case Description Page 9 / 12\n<u>Village CA</u>"));
    const { case: c, warnings } = parsed(paged);
    expect(c).toEqual(parsed(delivered).case);
    expect(warnings.map((w) => w.message)).toEqual([
      `Left out "ekip – City Case Description Page 4 of 12": a page's header or footer, not the case's text`,
      `Left out "12": a page's number, not the case's text`,
      `Left out "ekip – City Case Description Page 9 / 12": a page's header or footer, not the case's text`,
    ]);
  });

  it("ends a section the layout does not know at the closing 'Want to dig deeper?' part, which keeps the city's website", () => {
    const thanked = changed(delivered, delivered.replace("WANT TO DIG DEEPER?", "## Acknowledgements\n\nWe thank the workshop's participants.\n\nWANT TO DIG DEEPER?"));
    const { case: c } = parsed(thanked);
    expect(c.extraSections).toEqual([{ heading: "Acknowledgements", after: "findings", body: "We thank the workshop's participants." }]);
    expect(c.city.website).toBe(parsed(delivered).case.city.website);
    expect(c.city.website).not.toBeNull();
  });

  it("reads stakeholders written as a list, and passes over the document's title ('# City Case Description') above the workshop date", () => {
    const listed = changed(delivered, delivered
      .replace(/^\*\*(Local Authorities|Academia|Organisations|Companies and businesses):\*\* (.*)\n\n?/gm, "- $1: $2\n")
      .replace(/^/, "# City Case Description\n\n**Workshop date:** 14 March 2024\n\n"));
    const { case: c, warnings } = parsed(listed);
    expect(warnings).toEqual([]);
    expect(c.portfolio.stakeholders).toEqual(parsed(delivered).case.portfolio.stakeholders);
    expect(c.portfolio.stakeholders.length).toBeGreaterThan(4);
    expect(c.workshopDate).toBe("2024-03-14");
    expect(c.extraSections).toEqual([]);
  });

  it("reads findings numbered '1)' with their title on a line of its own, and findings lettered 'a.', 'b.'", () => {
    const closing = delivered.slice(delivered.indexOf("## • Conclusions and Recommendations"));
    const renumbered = closing
      .replace(/^#### (\d)\. (.*)\n\n/gm, "$1) $2\n")
      .replace(/^\*\*(\d)\. /gm, (_, n: string) => `${"abc"[Number(n) - 1]}. **`);
    const { case: c, warnings } = parsed(changed(delivered, delivered.replace(closing, renumbered)));
    expect(warnings).toEqual([]);
    expect(c.findings).toEqual(parsed(delivered).case.findings);
  });

  it("leaves out what a converter leaves between the text (a page break, an anchor, an image alone), and says so", () => {
    const converted = changed(delivered, delivered
      .replace("\n\n### **Coordination:**", "\n\n<div style=\"page-break-before: always\"></div>\n\n### **Coordination:**")
      .replace("\n\n**SAINT-ETIENNE, FRANCE**", "\n\n<a id=\"page-2\"></a>\n\n**SAINT-ETIENNE, FRANCE**")
      .replace("\n\n### RECOMMENDATIONS", "\n\n![Workshop participants](media/image4.jpeg)\n\n### RECOMMENDATIONS"));
    const { case: c, warnings } = parsed(converted);
    expect(c).toEqual(parsed(delivered).case);
    expect(warnings.map((w) => w.message)).toEqual([
      `Left out "<a id="page-2"></a>": a converter's mark, nothing of the case`,
      `Left out "![Workshop participants](media/image4.jpeg)": a converter's mark, nothing of the case`,
      `Left out "<div style="page-break-before: always"></div>": a converter's mark, nothing of the case`,
    ]);
  });

  it("reads as before what only looks like those: a numbered group or finding named like a part, a lettered point in a finding, a page named in the text, a list of roles", () => {
    const original = parsed(delivered).case;
    // A challenge group and a finding numbered and named like parts stay a group and a finding.
    const groups = parsed(changed(delivered, delivered.replace("Lack of skills:\n", "### 1. Coordination\n").replace("#### 3. Systematising collaboration: a key challenge.", "#### 3. Recommendations")));
    expect(groups.case.portfolio.challenges[0]!.heading).toBe("1. Coordination");
    expect(groups.case.portfolio.coordinator).toBe(original.portfolio.coordinator);
    expect(groups.case.findings.conclusions.map((f) => f.title)).toEqual(["Need for adaptability", "Huge technological potential", "Recommendations"]);
    expect(groups.case.findings.recommendations).toEqual(original.findings.recommendations);

    // A lettered point after the findings is a point of the last one.
    const closing = delivered.lastIndexOf("\n\n### RECOMMENDATIONS");
    const points = parsed(changed(delivered, `${delivered.slice(0, closing)}\n\na. **Schools:** more joint projects.${delivered.slice(closing)}`));
    expect(points.case.findings.conclusions).toHaveLength(3);
    expect(points.case.findings.conclusions[2]!.body).toMatch(/a\. \*\*Schools:\*\* more joint projects\.$/);

    // "page 4 of 12" in an item or a wrapped line, and a number in an item, are the text's.
    const pages = parsed(changed(delivered, delivered.replace("- Threat to certain jobs", "- Threat to certain jobs, see page 4 of 12\n\n  3")));
    expect(pages.warnings).toEqual([]);
    expect(pages.case.portfolio.challenges[1]!.items[0]).toMatch(/^Threat to certain jobs, see page 4 of 12\s+3$/);

    // "Methodology" among the methods is a method.
    const methods = parsed(changed(delivered, delivered.replace("### THE OPSI MODEL", "### Methodology\n\nHow we worked.\n\n### THE OPSI MODEL")));
    expect(methods.case.methods).toHaveLength(original.methods.length + 1);
    expect(methods.case.methods.map((m) => m.description)).toContain("How we worked.");

    // Stakeholders: a list of "Organisation: role" lines, or names under a category, is not read as categories.
    for (const list of ["- Cité du design: coordinator, training\n- ESADSE: training\n", "- Local Authorities:\n  - City of Saint-Etienne\n  - Loire\n"]) {
      const listed = parsed(changed(delivered, delivered.replace(/^\*\*Local Authorities:\*\* .*\n/m, list)));
      expect(listed.case.portfolio.stakeholders.some((s) => s.category === "other")).toBe(false);
      expect(listed.warnings.map((w) => w.message).join("\n")).toMatch(/Unplaced|Could not place/);
    }
  });

  it("reads conclusions and recommendations given in turn, each named ('**Conclusion 1 – …**', '**Recommendation 1 – …**')", () => {
    const { findings } = parsed(delivered).case;
    const closing = delivered.slice(delivered.lastIndexOf("### CONCLUSIONS"), delivered.indexOf("WANT TO DIG DEEPER"));
    const inTurn = findings.conclusions.map((c, i) => {
      const r = findings.recommendations[i]!;
      return `**Conclusion ${c.number} – ${c.title}.** ${c.body}\n\n**Recommendation ${r.number} – ${r.title}:** Said in turn.\n\n`;
    }).join("");
    const { case: c, warnings } = parsed(changed(delivered, delivered.replace(closing, inTurn)));
    expect(warnings).toEqual([]);
    expect(c.findings.conclusions).toEqual(findings.conclusions);
    expect(c.findings.recommendations.map((r) => [r.number, r.title, r.body])).toEqual(findings.recommendations.map((r) => [r.number, r.title, "Said in turn."]));
    expect(c.summary).toEqual(parsed(delivered).case.summary);
  });

  it("keeps a case whose optional sections are missing", () => {
    const withoutMethods = changed(delivered, delivered.replace(/## • Our Methods[\s\S]*?(?=## • Conclusions and Recommendations)/, ""));
    const { case: c, warnings } = parsed(withoutMethods);
    expect(c.methods).toEqual([]);
    expect(c.inventory).toHaveLength(26);
    expect(warnings).toEqual([]);
  });

  it("keeps what it cannot place as an extra section and warns with its line number", () => {
    const withExtra = changed(delivered, delivered.replace("## • Inventory", "## • Budget\n\nTwo million euros.\n\n## • Inventory"));
    const { case: c, warnings } = parsed(withExtra);
    const line = withExtra.split("\n").indexOf("## • Budget") + 1;
    expect(c.extraSections).toEqual([{ heading: "Budget", body: "Two million euros.", after: "portfolio" }]);
    expect(warnings).toEqual([{ line, message: expect.stringContaining("Budget") }]);
  });

  it("keeps an inventory line it cannot read as a row", () => {
    const withNote = changed(delivered, delivered.replace("## • Our Methods", "Rows in bold are resources.\n\n## • Our Methods"));
    const { case: c, warnings } = parsed(withNote);
    expect(c.inventory).toHaveLength(26);
    expect(c.extraSections).toEqual([{ heading: "Unplaced text", body: "Rows in bold are resources.", after: "inventory" }]);
    expect(warnings[0]?.line).toBe(withNote.split("\n").indexOf("Rows in bold are resources.") + 1);
  });
});

describe("the workshop date, focus and title lines", () => {
  const withMeta = (line: string) =>
    readText(DELIVERED_CASE).replace("**ARTIFICIAL INTELLIGENCE**", `**Focus:** Training\n\n${line}\n\n**ARTIFICIAL INTELLIGENCE**`);

  it("reads a written-out date as an ISO date, and the focus into the slug", () => {
    const { case: c } = parsed(withMeta("**Workshop date:** 14 May 2024"));
    expect(c).toMatchObject({ workshopDate: "2024-05-14", focus: "Training", slug: "saint-etienne-artificial-intelligence-training" });
  });

  it("keeps a date it cannot read, with a warning", () => {
    const { case: c, warnings } = parsed(withMeta("**Workshop date:** spring"));
    expect(c.workshopDate).toBeNull();
    expect(c.extraSections[0]).toMatchObject({ heading: "Unplaced text", body: "**Workshop date:** spring" });
    expect(warnings).toHaveLength(1);
  });
});

describe("a made-up variant: pipe table, • bullets, ordered recommendations, an unknown section", () => {
  const { case: c, warnings } = parsed(readText(LUND_VARIANT));

  it("reads the city, country and population", () => {
    expect(c.slug).toBe("lund-new-european-bauhaus");
    expect(c.city).toMatchObject({ name: "Lund", country: { code: "SE", name: "Sweden" }, population: 128000 });
  });

  it("reads a population written in millions or thousands, not as its figure alone", () => {
    const lund = readText(LUND_VARIANT);
    const populationOf = (words: string) => parsed(changed(lund, lund.replace("a population of 128 000", `a population of ${words}`))).case.city.population;
    expect(populationOf("12 million")).toBe(12_000_000);
    expect(populationOf("about 1.2 million people")).toBe(1_200_000);
    expect(populationOf("1,25 million")).toBe(1_250_000);
    expect(populationOf("85 thousand")).toBe(85_000);
    expect(populationOf("128,000")).toBe(128_000);
    expect(populationOf("128.000 in 2024")).toBe(128_000);
  });

  it("reads the pipe table with <u> and <b> in its cells", () => {
    expect(c.inventory.map((r) => [r.actor.name, r.facets, r.innovationNote, r.isResource])).toEqual([
      ["Lund University", ["mission"], null, false],
      ["Ideon Science Park", ["enhancement", "adaptive"], "High level on innovation", true],
      ["City of Lund", ["anticipatory"], null, false],
    ]);
  });

  it("reads bullets, stakeholders split on commas but not inside a department's name", () => {
    expect(c.participants.map((p) => p.name)).toEqual(["City of Lund, Culture Department", "Lund University", "Ideon Science Park"]);
    expect(c.portfolio.stakeholders.map((s) => [s.category, s.name, s.actor])).toEqual([
      ["local_authority", "City of Lund, Culture Department", "city-of-lund"],
      ["academia", "Lund University", "lund-university"],
      ["civil_society", "Neighbourhood associations", null],
      ["civil_society", "Students' union", null],
    ]);
    expect(c.portfolio.challenges).toEqual([{ heading: "Funding", items: ["Short project cycles", "Few private investors"] }]);
    expect(c.portfolio.opportunities).toEqual([{ heading: "Key opportunities", items: ["Citizen-led design"] }]);
  });

  it("keeps a unit with its organisation in a partner's language too, not as a stakeholder of its own", () => {
    const stakeholders = (line: string) => {
      const text = readText(LUND_VARIANT).replace("**Local Authorities:** City of Lund, Culture Department", `**Local Authorities:** ${line}`);
      return parsed(text).case.portfolio.stakeholders.filter((s) => s.category === "local_authority").map((s) => s.name);
    };
    for (const [organisation, unit] of [["Urząd Miasta Lund", "Biuro ds. Kultury"], ["Ville de Lund", "Direction de la culture"], ["Stadt Lund", "Abteilung für Kultur"], ["Δήμος Λουντ", "Διεύθυνση της Πολιτιστικής Ανάπτυξης"]]) {
      expect(stakeholders(`${organisation}, ${unit}, Lund University`), organisation).toEqual([`${organisation}, ${unit}`, "Lund University"]);
    }
    // An organisation whose name opens with such a word is one of its own.
    for (const [first, second] of [["Métropole de Lund", "Pôle emploi"], ["Muzeum Sztuki", "Biuro Wystaw Artystycznych"], ["Stadt Lund", "Auswärtiges Amt"], ["Lund Energy", "Bureau Veritas"]]) {
      expect(stakeholders(`${first}, ${second}`), second).toEqual([first, second]);
    }
  });

  it("reads an ordered list of recommendations", () => {
    expect(c.findings.recommendations).toEqual([
      { number: 1, title: "Open the labs", body: "Make university labs available to cultural organisations." },
      { number: 2, title: "Fund continuity", body: "Prefer three-year grants." },
    ]);
  });

  it("keeps the unknown 'Budget' section after the inventory and warns about it", () => {
    expect(c.extraSections).toEqual([{ heading: "Budget", body: "An estimated 2 MEUR over three years.", after: "inventory" }]);
    expect(warnings).toEqual([{ line: 68, message: expect.stringContaining('"Budget"') }]);
  });
});

describe("an inventory table whose header is in the partner's language", () => {
  const english = "| Actors (person/organisation) | Area of Expertise | Target Group | Innovation Character (OPSI) |";
  const french = "| Acteurs (personne/organisation) | Domaine d'expertise | Groupe cible | Caractère d'innovation (OPSI) |";
  const lund = readText(LUND_VARIANT);
  const names = (markdown: string) => parsed(markdown).case.inventory.map((r) => r.actor.name);

  it("reads it as the header, not as an actor, says so, and skips it where a page break repeats it", () => {
    const expected = parsed(lund).case.inventory;
    const translated = changed(lund, lund.replace(english, french).replace("| <u>City of Lund</u> |", `${french}\n| <u>City of Lund</u> |`));
    const { case: c, warnings } = parsed(translated);
    expect(c.inventory).toEqual(expected);
    const said = warnings.filter((w) => w.message.includes("as the inventory table's header"));
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain("Acteurs (personne/organisation)");
  });

  it("reads a translated header of tab-separated rows too, as the delivered case writes its table", () => {
    const delivered = readText(DELIVERED_CASE);
    const header = "Actors (person/organisation)\tArea of Expertise\tTarget Group\tInnovation Character (OPSI)";
    const translated = changed(delivered, delivered.replace(header, "Acteurs (personne/organisation)\tDomaine d'expertise\tGroupe cible\tCaractère d'innovation (OPSI)"));
    expect(names(translated)).toEqual(names(delivered));
  });

  it("leaves out a column an inventory has not (a website), wherever it stands, and says so; the rows keep their delivered text", () => {
    const expected = parsed(lund).case.inventory;
    let row = 0;
    const withWebsite = (before: boolean) => lund.split("\n").map((line) => {
      if (line === "|---|---|---|---|") return "|---|---|---|---|---|";
      if (!line.startsWith("| ")) return line;
      const cells = line.slice(2, -2).split(" | ");
      cells.splice(before ? 3 : 4, 0, line === english ? "Website" : `www.${++row}.example`);
      return `| ${cells.join(" | ")} |`;
    }).join("\n");
    for (const before of [true, false]) {
      const { case: c, warnings } = parsed(changed(lund, withWebsite(before)));
      expect(c.inventory.map(({ rawText: _, ...row }) => row)).toEqual(expected.map(({ rawText: _, ...row }) => row));
      expect(c.inventory.map((r) => r.rawText).join("\n")).toMatch(/www\.\d+\.example/);
      expect(warnings.filter((w) => w.message.includes("Website"))).toEqual([
        { line: 62, message: 'The inventory\'s column "Website" is not part of an inventory: left out of its rows (each row\'s delivered text keeps them)' },
      ]);
    }
  });

  it("keeps a table's first row as an actor when it is one: a table split by a page break, or converted without a header", () => {
    const split = changed(lund, lund.replace("| <u>City of Lund</u> |", "\n| <u>City of Lund</u> | Policy making | All | Anticipatory |\n|---|---|---|---|\n| <u>Unused</u> |").replace(/\| <u>Unused<\/u> \| Policy making \| All \| Anticipatory \|\n?/, ""));
    expect(names(split)).toEqual(names(lund));
    const headless = changed(lund, lund.replace(`${english}\n|---|---|---|---|\n`, "").replace(/(\| <u>Lund University<\/u> \|[^\n]*\n)/, "$1|---|---|---|---|\n"));
    expect(names(headless)).toEqual(names(lund));
  });
});
