import { parseFacets, formatFacets } from "../importer/facets";
import { continuesLeadIn, leadInRest } from "./findings";
import { STAKEHOLDER_CATEGORIES, STAKEHOLDER_CATEGORY_LABELS, type CaseDocument, type Finding, type InventoryRow, type SectionKey } from "./schema";

/** Writes a case back in the delivered layout of a City Case Description; the importer reads it back to the same case. */
export function caseToMarkdown(c: CaseDocument): string {
  const out: string[] = [];
  const add = (...blocks: Array<string | false | null | undefined>) => out.push(...blocks.filter((b): b is string => !!b && b.trim() !== ""));
  const extras = (after: SectionKey) => c.extraSections.filter((s) => s.after === after).forEach((s) => add(`## ${s.heading}`, s.body));

  add(c.introduction);
  extras("start");
  add("**• Introducing the Policy Area and the City**");
  add(c.sample && "**Sample content:** not an ekip case");
  add(c.title && `**Title:** ${c.title}`, c.focus && `**Focus:** ${c.focus}`, c.workshopDate && `**Workshop date:** ${c.workshopDate}`);
  add(`**${c.policyArea.name}**`, c.policyAreaIntro, `**${c.city.name}, ${c.city.country.name}**`, c.cityIntro);
  extras("introduction");
  if (c.participants.length) add("**Participants who worked with the city case came from:**", c.participants.map((p) => `- ${p.name}`).join("\n"));
  extras("participants");
  addFindings(add, "## • Main Conclusions and Recommendations", c.summary, "summary");
  extras("summary");
  // Written even when empty: the importer knows a City Case Description by its sections, so an almost empty
  // case (a draft just started) still reads back.
  add("## • The Context", c.context, c.selectedFocus && `**${c.selectedFocus}**`);
  extras("context");
  add("## • The Innovation Support Ecosystem", c.ecosystem);
  extras("ecosystem");
  addPortfolio(add, c.portfolio);
  extras("portfolio");
  if (c.inventory.length) add("## • Inventory", inventoryTable(c.inventory));
  extras("inventory");
  if (c.methods.length) add("## • Our Methods", ...c.methods.flatMap((m) => [`### ${m.name}`, m.description, "[SEE MORE](#)"]));
  extras("methods");
  addFindings(add, "## • Conclusions and Recommendations", c.findings, "closing");
  extras("findings");
  add("WANT TO DIG DEEPER?  \nWANT TO DO IT IN YOUR CITY?");
  if (c.city.website) add(`More information  \nabout ${c.city.name}:  \n<${c.city.website}>`);
  extras("end");
  return out.join("\n\n") + "\n";
}

type Add = (...blocks: Array<string | false | null | undefined>) => void;

const INVENTORY_HEADER = ["Actors (person/organisation)", "Area of Expertise", "Target Group", "Innovation Character (OPSI)"];

/** Tab-separated as delivered, or a pipe table when the rows arrived as one; unchanged rows as they arrived. */
function inventoryTable(rows: InventoryRow[]): string {
  const isPipe = rows.some((r) => r.rawText.startsWith("|"));
  const line = (cells: string[]) => (isPipe ? `| ${cells.join(" | ")} |` : cells.join("\t"));
  const header = isPipe ? [line(INVENTORY_HEADER), `|${"---|".repeat(4)}`] : [line(INVENTORY_HEADER)];
  const body = rows.map((row) => (row.rawText.startsWith("|") === isPipe && isRawTextCurrent(row) ? row.rawText : line(cellsOf(row))));
  return [...header, ...body].join("\n");
}

function cellsOf(row: InventoryRow): string[] {
  const actor = row.isResource ? `<b><u>${row.actor.name}</u></b>` : `<u>${row.actor.name}</u>`;
  return [actor, row.areaOfExpertise, row.targetGroup, formatFacets(row.facets, row.innovationNote)];
}

function rawCells(rawText: string): string[] {
  const plain = rawText.replace(/<[^>]+>/g, "");
  const cells = plain.startsWith("|") ? plain.replace(/^\||\|$/g, "").split("|") : plain.split("\t");
  return cells.map((c) => c.trim());
}

function isRawTextCurrent(row: InventoryRow): boolean {
  if (!row.rawText) return false;
  const cells = rawCells(row.rawText);
  const { facets, note } = parseFacets(cells[3] ?? "");
  return (
    cells[0]?.replace(/\s*\(resources?\)$/i, "") === row.actor.name &&
    cells[1] === row.areaOfExpertise &&
    cells[2] === row.targetGroup &&
    facets.join() === row.facets.join() &&
    note === row.innovationNote &&
    (/<b>|<strong>|\*\*|\(resources?\)/i.test(row.rawText)) === row.isResource
  );
}

function addFindings(add: Add, heading: string, findings: CaseDocument["findings"], part: "summary" | "closing"): void {
  if (!findings.conclusions.length && !findings.recommendations.length) return;
  add(heading);
  // A body that opens with its title goes on from the bold lead-in, as delivered; any other body follows its
  // title after a colon where it could otherwise be read as going on from it.
  const line = (f: Finding, colon: boolean) => {
    const rest = leadInRest(f);
    if (rest !== null) return `**${f.number}. ${f.title}**${rest}`;
    return `**${f.number}. ${f.title}${colon || continuesLeadIn(f.title, ` ${f.body}`) ? ":" : ""}**${f.body ? ` ${f.body}` : ""}`;
  };
  if (findings.conclusions.length) {
    add("### CONCLUSIONS");
    for (const f of findings.conclusions) {
      if (part === "closing" && leadInRest(f) === null) add(`#### ${f.number}. ${f.title}`, f.body);
      else add(line(f, true));
    }
  }
  if (findings.recommendations.length) add("### RECOMMENDATIONS", ...findings.recommendations.map((f) => line(f, part === "summary")));
}

function addPortfolio(add: Add, p: CaseDocument["portfolio"]): void {
  const hasStakeholders = p.stakeholders.length > 0;
  if (!p.title && !p.scope && !p.coordinator && !hasStakeholders && !p.challenges.length && !p.opportunities.length) return;
  add("## • The Innovation Portfolio Case");
  if (p.title) add("### **Policy Innovation Portfolio Case:**", p.title);
  if (p.scope) add("### **The Scope:**", p.scope);
  if (hasStakeholders) {
    add("### **Stakeholders in the portfolio:**");
    for (const category of STAKEHOLDER_CATEGORIES) {
      const names = p.stakeholders.filter((s) => s.category === category).map((s) => s.name);
      if (names.length) add(`**${STAKEHOLDER_CATEGORY_LABELS[category]}:** ${names.join("; ")}`);
    }
  }
  if (p.coordinator) add("### **Coordination:**", `The portfolio coordinator is ${p.coordinator}.`);
  for (const [heading, groups] of [["Key challenges", p.challenges], ["Key opportunities", p.opportunities]] as const) {
    if (!groups.length) continue;
    add(`### **${heading}**`);
    for (const g of groups) add(`#### **${g.heading}:**`, g.items.map((i) => `- ${i}`).join("\n"));
  }
}
