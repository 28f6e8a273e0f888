import type { ReactNode } from "react";
import { SECTION_KEYS, type CaseDocument, type SectionKey } from "@/lib/case/schema";
import { CaseContext } from "./case-context";
import { CaseIntroduction, hasIntroduction } from "./case-introduction";
import { CasePortfolio, hasPortfolio } from "./case-portfolio";
import { FindingList, hasFindings } from "./finding-list";
import { InventoryTable } from "./inventory-table";
import { Markdown } from "./markdown";
import { MethodList } from "./method-list";
import { ParticipantList } from "./participant-list";

/** `isScreenOnly`: a section that means nothing on paper (links to follow), left out when printed. */
export type CaseSection = { id: string; title: string; content: ReactNode; isScreenOnly?: boolean };

type NamedSectionKey = Exclude<SectionKey, "start" | "end">;

const isBlank = (text: string) => text.trim() === "";

/** `citesFindings`: each conclusion and recommendation offers its own reference (public pages of a published case). */
type SectionOptions = { citesFindings?: boolean };

/** Each named section: its title, and its content or null when the case has nothing for it. */
const NAMED_SECTIONS: Record<NamedSectionKey, { title: string; render: (c: CaseDocument, options: SectionOptions) => ReactNode }> = {
  introduction: {
    title: "Introduction",
    render: (c) => (hasIntroduction(c) ? <CaseIntroduction caseDocument={c} /> : null),
  },
  participants: {
    title: "Participants",
    render: (c) => (c.participants.length > 0 ? <ParticipantList participants={c.participants} /> : null),
  },
  summary: {
    title: "Main Conclusions and Recommendations",
    render: (c, { citesFindings }) => (hasFindings(c.summary) ? <FindingList findings={c.summary} part="summary" citable={citesFindings ? c : undefined} /> : null),
  },
  context: {
    title: "Context",
    render: (c) =>
      isBlank(c.context) && isBlank(c.selectedFocus) ? null : (
        <CaseContext context={c.context} selectedFocus={c.selectedFocus} />
      ),
  },
  ecosystem: {
    title: "Innovation Support Ecosystem",
    render: (c) => (isBlank(c.ecosystem) ? null : <Markdown>{c.ecosystem}</Markdown>),
  },
  portfolio: {
    title: "Innovation Portfolio",
    render: (c) => (hasPortfolio(c.portfolio) ? <CasePortfolio portfolio={c.portfolio} /> : null),
  },
  inventory: {
    title: "Inventory",
    render: (c) => (c.inventory.length > 0 ? <InventoryTable rows={c.inventory} cityName={c.city.name} /> : null),
  },
  methods: {
    title: "Our Methods",
    render: (c) => (c.methods.length > 0 ? <MethodList methods={c.methods} /> : null),
  },
  findings: {
    title: "Conclusions and Recommendations",
    render: (c, { citesFindings }) => (hasFindings(c.findings) ? <FindingList findings={c.findings} part="closing" citable={citesFindings ? c : undefined} /> : null),
  },
};

/** Ids of the sections the case page adds after the case's own (citing, downloads, related cases). */
export const PAGE_SECTION_IDS = { related: "related-cases", versions: "case-versions", cite: "cite-this-case", downloads: "downloads" } as const;

// Ids the page already uses; an extra section must not take one of them.
const FIXED_IDS = ["main", "case-title", "inventory-caption", "inventory-note"];

function slugify(heading: string): string {
  const slug = heading
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "section";
}

/**
 * The sections of a case in reading order, as the page and its contents show them: named
 * sections without content are left out, and each extra section follows the section it was
 * placed after (in its place even when that section is left out).
 */
/** The ids of the findings (components/finding-list.tsx): "findings-recommendation-3". */
const FINDING_ID = /^(summary|findings)-(conclusion|recommendation)-\d+$/;

export function getCaseSections(caseDocument: CaseDocument, options: SectionOptions = {}): CaseSection[] {
  const usedIds = new Set<string>(FIXED_IDS);
  const reserve = (id: string) => {
    usedIds.add(id);
    usedIds.add(`${id}-heading`);
  };
  SECTION_KEYS.forEach(reserve);
  Object.values(PAGE_SECTION_IDS).forEach(reserve);

  const sections: CaseSection[] = [];
  for (const key of SECTION_KEYS) {
    if (key !== "start" && key !== "end") {
      const named = NAMED_SECTIONS[key];
      const content = named.render(caseDocument, options);
      if (content !== null) sections.push({ id: key, title: named.title, content });
    }
    for (const extra of caseDocument.extraSections) {
      if (extra.after !== key || isBlank(extra.body)) continue;
      const base = slugify(extra.heading);
      let id = base;
      for (let n = 2; usedIds.has(id) || usedIds.has(`${id}-heading`) || FINDING_ID.test(id); n++) id = `${base}-${n}`;
      reserve(id);
      sections.push({ id, title: extra.heading, content: <Markdown>{extra.body}</Markdown> });
    }
  }
  return sections;
}
