import type { Link, ListItem, Paragraph, PhrasingContent } from "mdast";
import type { ExtraSection, Finding, InventoryRow, StakeholderCategory, ThemeGroup } from "../case/schema";
import { listItems, type Block } from "./blocks";
import { findingOfHeading, findingOfParagraph, findingsOfList, namedFinding, type FindingKind } from "./findings";
import { headerColumns, isTranslatedHeader, rowsOfParagraph, rowsOfTable, toInventoryRow, type Column, type RawRow } from "./inventory";
import { coordinatorOf, isGroupHeadingLine, stakeholderCategory, stakeholderLine } from "./portfolio";
import { topSectionOf, type SectionName, type TopSection } from "./sections";
import { isoDayOf } from "../plain-text";
import { collapseSpace } from "./text";

export type ImportWarning = { line: number; message: string };

/** A list item "Academia: A; B" of a known category, with its names on its one line; null for anything else. */
function knownStakeholderLine(item: ListItem): { category: StakeholderCategory; names: string[] } | null {
  const [first, ...more] = item.children;
  const line = first?.type === "paragraph" && !more.length ? stakeholderLine(first) : null;
  const category = line?.names.length ? stakeholderCategory(line.label) : null;
  return category ? { category, names: line!.names } : null;
}
type Method = { heading: string; description: string[] };

const METADATA = /^\*\*(workshop date|focus|title|sample content):?\*\*:?\s*(.+)$/i;

/** Collects the parts of a case while the document is read from top to bottom. */
export class CaseBuilder {
  readonly warnings: ImportWarning[] = [];
  readonly sectionsSeen = new Set<TopSection>();
  top: TopSection = "start";
  part: SectionName | null = null;
  introPart: "introduction" | "policyArea" | "city" = "introduction";
  findingKind: FindingKind | null = null;
  inTrailer = false;

  introduction: string[] = [];
  policyAreaHeading: string | null = null;
  policyAreaIntro: string[] = [];
  cityHeading: { city: string; country: string } | null = null;
  cityIntro: string[] = [];
  metadata: Partial<Record<"workshop date" | "focus" | "title" | "sample content", string>> = {};
  website: string | null = null;
  participants: string[] = [];
  summary: Record<FindingKind, Finding[]> = { conclusions: [], recommendations: [] };
  findings: Record<FindingKind, Finding[]> = { conclusions: [], recommendations: [] };
  context: string[] = [];
  selectedFocus = "";
  ecosystem: string[] = [];
  portfolioTitle: string[] = [];
  scope: string[] = [];
  coordinator: string[] = [];
  stakeholders: Array<{ category: StakeholderCategory; name: string }> = [];
  challenges: ThemeGroup[] = [];
  opportunities: ThemeGroup[] = [];
  inventory: InventoryRow[] = [];
  columns: Column[] | undefined;
  /** The inventory's header rows seen so far, as their text: a PDF repeats its table's header on every page. */
  inventoryHeads = new Set<string>();
  methods: Method[] = [];
  extras: Array<ExtraSection & { parts: string[] }> = [];

  private currentFinding: Finding | null = null;
  private currentGroup: ThemeGroup | null = null;
  private currentExtra: (ExtraSection & { parts: string[] }) | null = null;

  constructor(private readonly markdown: string, private readonly lines: string[]) {}

  warn(line: number, message: string): void {
    this.warnings.push({ line, message });
  }

  enterSection(name: SectionName): void {
    this.currentExtra = null;
    this.currentFinding = null;
    this.currentGroup = null;
    if (name === "conclusions" || name === "recommendations") {
      if (this.top !== "summary" && this.top !== "findings") this.top = "findings";
      this.findingKind = name;
    } else {
      this.top = topSectionOf(name, this.top);
      this.part = name;
      if (name === "summary" || name === "findings") this.findingKind = null;
    }
    this.sectionsSeen.add(this.top);
  }

  /** A heading the document's layout does not name; true when it has a place all the same. */
  placeHeading(block: Block): boolean {
    const { text, depth } = block.heading!;
    const minor = depth === 0 || depth >= 3;
    if ((this.top === "start" || this.top === "introduction") && this.placeIntroHeading(text)) return true;
    if (this.top === "summary" || this.top === "findings") return this.startNumberedFinding(block);
    if (this.top === "methods" && (minor || /model|canvas|method|framework|tool/i.test(text))) {
      this.methods.push({ heading: text, description: [] });
      return true;
    }
    if (this.top === "portfolio" && (this.part === "challenges" || this.part === "opportunities") && (minor || text.endsWith(":"))) {
      this.startGroup(text);
      return true;
    }
    if ((this.top === "context" || this.top === "ecosystem") && minor) {
      this.addContent(block);
      return true;
    }
    return false;
  }

  startExtra(block: Block, heading: string, message?: string): void {
    this.warn(block.line, message ?? `"${heading}" is not a part of a City Case Description; kept as an extra section`);
    this.currentExtra = { heading, body: "", after: this.top, parts: [] };
    this.extras.push(this.currentExtra);
  }

  addContent(block: Block): void {
    if (this.currentExtra) {
      this.currentExtra.parts.push(block.source);
      return;
    }
    const metadata = METADATA.exec(block.source);
    if (metadata && (this.top === "start" || this.top === "introduction")) {
      const key = metadata[1]!.toLowerCase() as keyof CaseBuilder["metadata"];
      const value = key === "workshop date" ? isoDate(metadata[2]!) : collapseSpace(metadata[2]!);
      if (value) this.metadata[key] = value;
      else this.unplacedText(block.line, block.source);
      return;
    }
    switch (this.top) {
      case "start":
      case "introduction":
        return this.addIntroduction(block);
      case "participants":
        return this.addParticipants(block);
      case "summary":
      case "findings":
        return this.addFindingContent(block);
      case "context":
        return this.addContext(block);
      case "ecosystem":
        this.ecosystem.push(block.source);
        return;
      case "portfolio":
        return this.addPortfolioContent(block);
      case "inventory":
        return this.addInventory(block);
      case "methods":
        return this.addMethodContent(block);
      default:
        return this.unplaced(block);
    }
  }

  addTrailer(block: Block): void {
    // The trailer ends whatever section came before it: an extra one ("Acknowledgements") would take it whole.
    if (!this.inTrailer) this.currentExtra = null;
    this.inTrailer = true;
    if (block.heading && !/^(want to|more information)/i.test(block.heading.text)) {
      this.top = "end";
      return this.startExtra(block, block.heading.text);
    }
    if (this.currentExtra) return this.addContent(block);
    if (/^(want to|more information)/i.test(collapseSpace(block.text))) {
      this.website ??= firstWebLink(block);
      return;
    }
    this.top = "end";
    this.unplaced(block);
  }

  private placeIntroHeading(text: string): boolean {
    const cityLine = /^(.+?),\s*([^,]+)$/.exec(text);
    if (cityLine && !this.cityHeading) {
      this.cityHeading = { city: cityLine[1]!, country: cityLine[2]! };
      this.introPart = "city";
      return true;
    }
    if (this.top === "introduction" && !this.policyAreaHeading && !this.cityHeading) {
      this.policyAreaHeading = text;
      this.introPart = "policyArea";
      return true;
    }
    return false;
  }

  private startNumberedFinding(block: Block): boolean {
    const finding = findingOfHeading(block.heading!.text);
    if (!finding || !this.findingKind) return false;
    this.pushFinding(finding);
    return true;
  }

  private pushFinding(finding: Finding): void {
    const target = this.top === "summary" ? this.summary : this.findings;
    target[this.findingKind!].push(finding);
    this.currentFinding = finding;
  }

  private addIntroduction(block: Block): void {
    const target = { introduction: this.introduction, policyArea: this.policyAreaIntro, city: this.cityIntro }[this.introPart];
    target.push(block.source);
  }

  private addParticipants(block: Block): void {
    const items = listItems(block, this.markdown);
    if (items) this.participants.push(...items.map((i) => collapseSpace(i.replace(/[*_]/g, ""))));
    else this.unplaced(block);
  }

  private addFindingContent(block: Block): void {
    const named = block.node.type === "paragraph" ? namedFinding(block.node, this.markdown) : null;
    if (named) {
      this.findingKind = named.kind;
      return this.pushFinding(named.finding);
    }
    if (!this.findingKind) return this.unplaced(block);
    if (block.node.type === "list" && block.node.ordered) {
      for (const finding of findingsOfList(block.node, this.markdown)) this.pushFinding(finding);
      return;
    }
    // A letter numbers a finding only next in line ("a." first, "b." second): later, "a. **Schools:**" is a point of one.
    const next = (this.top === "summary" ? this.summary : this.findings)[this.findingKind].length + 1;
    const finding = block.node.type === "paragraph" ? findingOfParagraph(block.node, this.markdown, next) : null;
    if (finding) return this.pushFinding(finding);
    if (!this.currentFinding) return this.unplaced(block);
    this.currentFinding.body = [this.currentFinding.body, block.source].filter(Boolean).join("\n\n");
  }

  private addContext(block: Block): void {
    const bold = block.node.type === "paragraph" && block.node.children.length === 1 && block.node.children[0]?.type === "strong";
    if (bold && /^the selected focus/i.test(block.text)) this.selectedFocus = collapseSpace(block.text);
    else this.context.push(block.source);
  }

  private addPortfolioContent(block: Block): void {
    switch (this.part) {
      case "portfolioTitle":
        this.portfolioTitle.push(collapseSpace(block.text));
        return;
      case "scope":
        this.scope.push(block.source);
        return;
      case "coordinator":
        this.coordinator.push(block.text);
        return;
      case "stakeholders":
        return this.addStakeholders(block);
      case "challenges":
      case "opportunities":
        return this.addThemeContent(block);
      default:
        return this.unplaced(block);
    }
  }

  /**
   * "**Academia:** A; B", a line to a category, or a list of such lines ("- Academia: A; B"), each of a known category
   * and with its names on it: a list of "Organisation: role" lines, or of names under a category, is not read here.
   */
  private addStakeholders(block: Block): void {
    const { node } = block;
    if (node.type === "list") {
      const lines = node.children.map(knownStakeholderLine);
      if (lines.some((line) => !line)) return this.unplaced(block);
      for (const line of lines) this.stakeholders.push(...line!.names.map((name) => ({ category: line!.category, name })));
      return;
    }
    const line = node.type === "paragraph" ? stakeholderLine(node) : null;
    if (!line) return this.unplaced(block);
    let category = stakeholderCategory(line.label);
    if (!category) {
      this.warn(block.line, `Stakeholder category "${line.label}" is not one of the known ones; listed under Other`);
      category = "other";
    }
    for (const name of line.names) this.stakeholders.push({ category, name });
  }

  private startGroup(heading: string): void {
    this.currentGroup = { heading: collapseSpace(heading).replace(/\s*:$/, ""), items: [] };
    (this.part === "challenges" ? this.challenges : this.opportunities).push(this.currentGroup);
  }

  private addThemeContent(block: Block): void {
    const items = listItems(block, this.markdown);
    if (!items && isGroupHeadingLine(block.text)) return this.startGroup(block.text);
    if (!this.currentGroup) this.startGroup(this.part === "challenges" ? "Key challenges" : "Key opportunities");
    this.currentGroup!.items.push(...(items ?? [block.source]).map((i) => i.trim()));
  }

  private addInventory(block: Block): void {
    let rows: RawRow[];
    if (block.node.type === "table") rows = rowsOfTable(block.node, this.lines);
    else if (block.node.type === "paragraph") rows = rowsOfParagraph(block.node, this.lines);
    else return this.unplaced(block);
    for (const row of rows) {
      const columns = headerColumns(row);
      const text = row.cells.map((c) => c.text.toLowerCase()).join("\t");
      const isHead = columns !== null || isTranslatedHeader(row);
      if (isHead && !columns && !this.inventoryHeads.has(text)) {
        const order = this.columns ? "the order of the table's earlier header" : "the usual order (Actors, Area of Expertise, Target Group, Innovation Character (OPSI))";
        this.warn(row.line, `Read "${collapseSpace(row.rawText).slice(0, 60)}" as the inventory table's header: its columns are not named in English, so they are read in ${order}`);
      }
      if (isHead && columns?.includes("other") && !this.inventoryHeads.has(text)) this.warnOtherColumns(row, columns);
      if (isHead || this.inventoryHeads.has(text)) {
        if (columns) this.columns = columns;
        this.inventoryHeads.add(text);
        continue;
      }
      const parsed = toInventoryRow(row, this.columns);
      if (!parsed) {
        this.unplacedText(row.line, row.rawText);
        continue;
      }
      if (parsed.facets.length === 0) this.warn(row.line, `No OPSI facet recognised for "${parsed.actor.name}"`);
      this.inventory.push(parsed);
    }
  }

  private warnOtherColumns(row: RawRow, columns: Column[]): void {
    const others = row.cells.filter((c, i) => columns[i] === "other" && c.text).map((c) => `"${c.text}"`);
    if (!others.length) return;
    const named = others.length === 1 ? `column ${others[0]} is` : `columns ${others.join(", ")} are`;
    this.warn(row.line, `The inventory's ${named} not part of an inventory: left out of its rows (each row's delivered text keeps them)`);
  }

  private addMethodContent(block: Block): void {
    const method = this.methods[this.methods.length - 1];
    if (!method) return this.unplaced(block);
    if (/^see more$/i.test(block.text) && block.source.startsWith("[")) return;
    method.description.push(block.source);
  }

  private unplaced(block: Block): void {
    this.unplacedText(block.line, block.source);
  }

  private unplacedText(line: number, text: string): void {
    this.warn(line, `Could not place "${collapseSpace(text).slice(0, 60)}" in the ${this.top} section; kept as an extra section`);
    let extra = this.extras[this.extras.length - 1];
    if (!extra || extra.heading !== "Unplaced text" || extra.after !== this.top) {
      extra = { heading: "Unplaced text", body: "", after: this.top, parts: [] };
      this.extras.push(extra);
    }
    extra.parts.push(text);
  }
}

/** "2024-05-14" or "14 May 2024" as an ISO date; null when it is not a date. */
function isoDate(text: string): string | null {
  const value = collapseSpace(text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Number.isNaN(Date.parse(value)) ? null : value;
  const date = new Date(`${value} 12:00 UTC`);
  return Number.isNaN(date.getTime()) ? null : isoDayOf(date);
}

function firstWebLink(block: Block): string | null {
  const links: Link[] = [];
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === "link") links.push(node);
      else if ("children" in node) walk(node.children as PhrasingContent[]);
    }
  };
  if (block.node.type === "paragraph") walk((block.node as Paragraph).children);
  return links.map((l) => l.url).find((url) => /^https?:\/\//.test(url)) ?? null;
}

