import "server-only";
import { asc, eq, type SQL } from "drizzle-orm";
import type { CaseDocument, Finding } from "@/lib/case/schema";
import type { Database } from "./client";
import * as t from "./schema";

const byPosition = { orderBy: (row: { position: unknown }, { asc: order }: { asc: typeof asc }) => [order(row.position as never)] };

const WHOLE_CASE = {
  columns: { searchTitle: false, searchBody: false, searchTextVersion: false, searchVector: false },
  with: {
    city: true,
    policyArea: true,
    participants: { ...byPosition, with: { organisation: { columns: { slug: true } } } },
    stakeholders: { ...byPosition, with: { organisation: { columns: { slug: true } } } },
    themeGroups: { ...byPosition, with: { items: byPosition } },
    inventoryRows: { ...byPosition, with: { organisation: { columns: { slug: true } } } },
    findings: { ...byPosition, columns: { searchVector: false } },
    caseMethods: { ...byPosition, with: { method: true } },
    extraSections: byPosition,
  },
} as const;

/** One query (Drizzle's relational query builds it with lateral joins) for a whole case. */
export function findCaseRow(db: Pick<Database, "query">, where: SQL) {
  return db.query.cases.findFirst({ where, ...WHOLE_CASE });
}

/** Whole cases, still one query however many. */
export function findCaseRows(db: Pick<Database, "query">, where: SQL) {
  return db.query.cases.findMany({ where, ...WHOLE_CASE, orderBy: (c, { asc: order }) => [order(c.slug)] });
}

type CaseRow = NonNullable<Awaited<ReturnType<typeof findCaseRow>>>;

function findingsOf(row: CaseRow, part: "summary" | "closing") {
  const pick = (kind: "conclusion" | "recommendation"): Finding[] =>
    row.findings.filter((f) => f.part === part && f.kind === kind).map(({ number, title, body }) => ({ number, title, body }));
  return { conclusions: pick("conclusion"), recommendations: pick("recommendation") };
}

/**
 * The stored case in its interchange format. Not parsed again: it was validated when written, and a text
 * stored before a limit was set must still be read (and shown, and corrected in the editor).
 */
export function toCaseDocument(row: CaseRow): CaseDocument {
  const groups = (kind: "challenge" | "opportunity") =>
    row.themeGroups.filter((g) => g.kind === kind).map((g) => ({ heading: g.heading, items: g.items.map((i) => i.text) }));
  return {
    format: "ekip-case/1",
    slug: row.slug,
    status: row.status,
    sample: row.isSample,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    city: {
      slug: row.city.slug, name: row.city.name, country: { code: row.city.countryCode, name: row.city.countryName },
      population: row.city.population, website: row.city.website,
    },
    policyArea: { slug: row.policyArea.slug, name: row.policyArea.name },
    focus: row.focus || null,
    title: row.title,
    workshopDate: row.workshopDate,
    editorsNote: row.editorsNote,
    introduction: row.introduction,
    policyAreaIntro: row.policyAreaIntro,
    cityIntro: row.cityIntro,
    participants: row.participants.map((p) => ({ name: p.name, actor: p.organisation?.slug ?? null })),
    summary: findingsOf(row, "summary"),
    context: row.context,
    selectedFocus: row.selectedFocus,
    ecosystem: row.ecosystem,
    portfolio: {
      title: row.portfolioTitle, scope: row.scope, coordinator: row.coordinator,
    stakeholders: row.stakeholders.map((s) => ({ category: s.category, name: s.name, actor: s.organisation?.slug ?? null })),
      challenges: groups("challenge"),
      opportunities: groups("opportunity"),
    },
    inventory: row.inventoryRows.map((r) => ({
      actor: { slug: r.organisation.slug, name: r.actorName }, areaOfExpertise: r.areaOfExpertise, targetGroup: r.targetGroup,
      facets: r.facets, innovationNote: r.innovationNote, isResource: r.isResource, rawText: r.rawText,
    })),
    methods: row.caseMethods.map((m) => ({ slug: m.method.slug, name: m.method.name, description: m.description })),
    findings: findingsOf(row, "closing"),
    extraSections: row.extraSections.map(({ heading, body, after }) => ({ heading, body, after })),
  };
}

export const caseBySlug = (slug: string) => eq(t.cases.slug, slug);
