import { relations, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  CASE_STATUSES,
  FACETS,
  SECTION_KEYS,
  STAKEHOLDER_CATEGORIES,
} from "../lib/case/schema";
import { ROLE_VALUES } from "../lib/auth/roles";

export const caseStatus = pgEnum("case_status", CASE_STATUSES);
export const facet = pgEnum("facet", FACETS);
export const stakeholderCategory = pgEnum("stakeholder_category", STAKEHOLDER_CATEGORIES);
export const themeKind = pgEnum("theme_kind", ["challenge", "opportunity"]);
export const findingPart = pgEnum("finding_part", ["summary", "closing"]);
export const findingKind = pgEnum("finding_kind", ["conclusion", "recommendation"]);
export const sectionKey = pgEnum("section_key", SECTION_KEYS);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Full-text search over the "ekip" configuration (English stemming, accents ignored; migration 0001). */
const searchVector = (title: string, body: string) =>
  tsvector("search_vector")
    .notNull()
    .generatedAlwaysAs(
      sql.raw(`setweight(to_tsvector('ekip'::regconfig, ${title}), 'A') || setweight(to_tsvector('ekip'::regconfig, ${body}), 'B')`),
    );

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const cities = pgTable("cities", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  countryCode: text("country_code").notNull(),
  countryName: text("country_name").notNull(),
  population: integer("population"),
  description: text("description").notNull().default(""),
  website: text("website"),
  isSample: boolean("is_sample").notNull().default(false),
  ...timestamps,
}, (t) => [index("cities_name_idx").on(t.name)]);

export const policyAreas = pgTable("policy_areas", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  isSample: boolean("is_sample").notNull().default(false),
  ...timestamps,
});

export const organisations = pgTable(
  "organisations",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    /** The name reduced by organisationKey(): how two spellings of one organisation are found to match. */
    matchKey: text("match_key").notNull(),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    /** Slugs of the organisations merged into this one: their old /actors/{slug} addresses redirect here. */
    mergedSlugs: text("merged_slugs").array().notNull().default(sql`'{}'::text[]`),
    isSample: boolean("is_sample").notNull().default(false),
    ...timestamps,
  },
  (t) => [index("organisations_match_key_idx").on(t.matchKey), index("organisations_merged_slugs_idx").using("gin", t.mergedSlugs)],
);

export const methods = pgTable("methods", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
});

export const cases = pgTable(
  "cases",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    cityId: integer("city_id").notNull().references(() => cities.id),
    policyAreaId: integer("policy_area_id").notNull().references(() => policyAreas.id),
    /** Distinguishes two cases of one city and policy area; '' when there is only one. */
    focus: text("focus").notNull().default(""),
    title: text("title"),
    status: caseStatus("status").notNull().default("draft"),
    /** Made-up content for trying the product out (content/samples/); labelled wherever shown. */
    isSample: boolean("is_sample").notNull().default(false),
    workshopDate: date("workshop_date"),
    introduction: text("introduction").notNull().default(""),
    policyAreaIntro: text("policy_area_intro").notNull().default(""),
    cityIntro: text("city_intro").notNull().default(""),
    context: text("context").notNull().default(""),
    selectedFocus: text("selected_focus").notNull().default(""),
    ecosystem: text("ecosystem").notNull().default(""),
    portfolioTitle: text("portfolio_title").notNull().default(""),
    scope: text("scope").notNull().default(""),
    coordinator: text("coordinator").notNull().default(""),
    /** The OPSI facets of its inventory and the categories of its stakeholders, written with it: what /cases filters and counts on. */
    facets: facet("facets").array().notNull().default(sql`'{}'::facet[]`),
    stakeholderCategories: stakeholderCategory("stakeholder_categories").array().notNull().default(sql`'{}'::stakeholder_category[]`),
    version: integer("version").notNull().default(1),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Every text of the case, written with it (lib/case/search-text.ts), for full-text search. */
    searchTitle: text("search_title").notNull().default(""),
    searchBody: text("search_body").notNull().default(""),
    searchVector: searchVector("search_title", "search_body"),
    ...timestamps,
  },
  (t) => [
    index("cases_search_vector_idx").using("gin", t.searchVector),
    uniqueIndex("cases_city_policy_area_focus_key").on(t.cityId, t.policyAreaId, t.focus),
    index("cases_policy_area_id_idx").on(t.policyAreaId),
    index("cases_status_updated_at_idx").on(t.status, t.updatedAt),
    // Everything the facet counts of /cases, the recount of published_counts and the recommendations'
    // join to their case read of a published case, so they need not visit its wide row.
    index("cases_published_facets_idx").on(t.cityId, t.policyAreaId, t.workshopDate, t.facets, t.stakeholderCategories, t.id).where(sql`${t.status} = 'published'`),
  ],
);

const caseRef = () => integer("case_id").notNull().references(() => cases.id, { onDelete: "cascade" });
const organisationRef = () => integer("organisation_id").references(() => organisations.id);
const position = () => integer("position").notNull();

export const participants = pgTable(
  "participants",
  { id: serial("id").primaryKey(), caseId: caseRef(), position: position(), name: text("name").notNull(), organisationId: organisationRef() },
  (t) => [uniqueIndex("participants_case_position_key").on(t.caseId, t.position), index("participants_organisation_id_idx").on(t.organisationId)],
);

export const stakeholders = pgTable(
  "stakeholders",
  {
    id: serial("id").primaryKey(),
    caseId: caseRef(),
    category: stakeholderCategory("category").notNull(),
    position: position(),
    name: text("name").notNull(),
    organisationId: organisationRef(),
  },
  (t) => [uniqueIndex("stakeholders_case_position_key").on(t.caseId, t.position), index("stakeholders_organisation_id_idx").on(t.organisationId)],
);

export const themeGroups = pgTable(
  "theme_groups",
  { id: serial("id").primaryKey(), caseId: caseRef(), kind: themeKind("kind").notNull(), position: position(), heading: text("heading").notNull() },
  (t) => [uniqueIndex("theme_groups_case_kind_position_key").on(t.caseId, t.kind, t.position)],
);

export const themeItems = pgTable(
  "theme_items",
  {
    id: serial("id").primaryKey(),
    groupId: integer("group_id").notNull().references(() => themeGroups.id, { onDelete: "cascade" }),
    position: position(),
    text: text("text").notNull(),
  },
  (t) => [uniqueIndex("theme_items_group_position_key").on(t.groupId, t.position)],
);

export const inventoryRows = pgTable(
  "inventory_rows",
  {
    id: serial("id").primaryKey(),
    caseId: caseRef(),
    position: position(),
    organisationId: integer("organisation_id").notNull().references(() => organisations.id),
    actorName: text("actor_name").notNull(),
    areaOfExpertise: text("area_of_expertise").notNull().default(""),
    targetGroup: text("target_group").notNull().default(""),
    facets: facet("facets").array().notNull().default(sql`'{}'::facet[]`),
    innovationNote: text("innovation_note"),
    isResource: boolean("is_resource").notNull().default(false),
    rawText: text("raw_text").notNull().default(""),
  },
  (t) => [
    uniqueIndex("inventory_rows_case_position_key").on(t.caseId, t.position),
    index("inventory_rows_organisation_id_idx").on(t.organisationId),
    index("inventory_rows_facets_idx").using("gin", t.facets),
  ],
);

export const findings = pgTable(
  "findings",
  {
    id: serial("id").primaryKey(),
    caseId: caseRef(),
    part: findingPart("part").notNull(),
    kind: findingKind("kind").notNull(),
    position: position(),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    searchVector: searchVector("title", "body"),
  },
  (t) => [
    uniqueIndex("findings_case_part_kind_position_key").on(t.caseId, t.part, t.kind, t.position),
    index("findings_kind_idx").on(t.kind, t.part),
    // Only recommendations are searched: conclusions stay out of the index, and out of every word look-up's heap visits.
    index("findings_recommendation_search_idx").using("gin", t.searchVector).where(sql`${t.kind} = 'recommendation'`),
  ],
);

/** One row whose revision rises with every change of published content: the key of the read caches. */
export const contentRevision = pgTable("content_revision", {
  id: integer("id").primaryKey().default(1),
  revision: bigint("revision", { mode: "number" }).notNull().default(0),
  changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * What /cases and /recommendations count when nothing is chosen: the published cases and their
 * recommendations by each filter's value. Recomputed by refresh_published_counts() (migration 0010)
 * in every change of public content, so that no reader counts the whole collection.
 */
export const publishedCounts = pgTable(
  "published_counts",
  {
    /** A CaseFilterName: city, country, policyArea, year, facet or stakeholder. */
    facet: text("facet").notNull(),
    value: text("value").notNull(),
    /** The city's, country's or policy area's name; null where the value names itself. */
    label: text("label"),
    cases: integer("cases").notNull(),
    recommendations: integer("recommendations").notNull(),
  },
  (t) => [primaryKey({ columns: [t.facet, t.value] })],
);

export const caseMethods = pgTable(
  "case_methods",
  {
    id: serial("id").primaryKey(),
    caseId: caseRef(),
    methodId: integer("method_id").notNull().references(() => methods.id),
    position: position(),
    description: text("description").notNull().default(""),
  },
  (t) => [uniqueIndex("case_methods_case_position_key").on(t.caseId, t.position), index("case_methods_method_id_idx").on(t.methodId)],
);

export const extraSections = pgTable(
  "extra_sections",
  {
    id: serial("id").primaryKey(),
    caseId: caseRef(),
    position: position(),
    after: sectionKey("after").notNull(),
    heading: text("heading").notNull(),
    body: text("body").notNull().default(""),
  },
  (t) => [uniqueIndex("extra_sections_case_position_key").on(t.caseId, t.position)],
);

export const citiesRelations = relations(cities, ({ many }) => ({ cases: many(cases) }));
export const policyAreasRelations = relations(policyAreas, ({ many }) => ({ cases: many(cases) }));
export const casesRelations = relations(cases, ({ one, many }) => ({
  city: one(cities, { fields: [cases.cityId], references: [cities.id] }),
  policyArea: one(policyAreas, { fields: [cases.policyAreaId], references: [policyAreas.id] }),
  participants: many(participants),
  stakeholders: many(stakeholders),
  themeGroups: many(themeGroups),
  inventoryRows: many(inventoryRows),
  findings: many(findings),
  caseMethods: many(caseMethods),
  extraSections: many(extraSections),
}));
export const participantsRelations = relations(participants, ({ one }) => ({
  case: one(cases, { fields: [participants.caseId], references: [cases.id] }),
  organisation: one(organisations, { fields: [participants.organisationId], references: [organisations.id] }),
}));
export const stakeholdersRelations = relations(stakeholders, ({ one }) => ({
  case: one(cases, { fields: [stakeholders.caseId], references: [cases.id] }),
  organisation: one(organisations, { fields: [stakeholders.organisationId], references: [organisations.id] }),
}));
export const themeGroupsRelations = relations(themeGroups, ({ one, many }) => ({
  case: one(cases, { fields: [themeGroups.caseId], references: [cases.id] }),
  items: many(themeItems),
}));
export const themeItemsRelations = relations(themeItems, ({ one }) => ({
  group: one(themeGroups, { fields: [themeItems.groupId], references: [themeGroups.id] }),
}));
export const inventoryRowsRelations = relations(inventoryRows, ({ one }) => ({
  case: one(cases, { fields: [inventoryRows.caseId], references: [cases.id] }),
  organisation: one(organisations, { fields: [inventoryRows.organisationId], references: [organisations.id] }),
}));
export const findingsRelations = relations(findings, ({ one }) => ({
  case: one(cases, { fields: [findings.caseId], references: [cases.id] }),
}));
export const caseMethodsRelations = relations(caseMethods, ({ one }) => ({
  case: one(cases, { fields: [caseMethods.caseId], references: [cases.id] }),
  method: one(methods, { fields: [caseMethods.methodId], references: [methods.id] }),
}));
export const extraSectionsRelations = relations(extraSections, ({ one }) => ({
  case: one(cases, { fields: [extraSections.caseId], references: [cases.id] }),
}));

export const role = pgEnum("role", ROLE_VALUES);

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  /** Stored lower-case: one account per address, however it is typed. */
  email: text("email").notNull().unique(),
  name: text("name").notNull().default(""),
  passwordHash: text("password_hash").notNull(),
  role: role("role").notNull(),
  isActive: boolean("is_active").notNull().default(true),
  /** Raised by "sign out everywhere", a password reset or a role change: older sessions stop working. */
  sessionVersion: integer("session_version").notNull().default(1),
  /** When the person last marked the dashboard's changes as seen: "what changed since I last looked". */
  changesSeenAt: timestamp("changes_seen_at", { withTimezone: true }),
  ...timestamps,
});

export const userCities = pgTable(
  "user_cities",
  {
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    cityId: integer("city_id").notNull().references(() => cities.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex("user_cities_key").on(t.userId, t.cityId), index("user_cities_city_id_idx").on(t.cityId)],
);

/**
 * Sessions signed out, by the id their token carries: a copy of the cookie (a request still in flight when
 * the person signed out, or a stolen one) is refused until the token would have expired anyway.
 */
export const endedSessions = pgTable("ended_sessions", {
  sessionId: uuid("session_id").primaryKey(),
  endedAt: timestamp("ended_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Failed sign-ins per account and per address, shared by every app instance. */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  firstFailureAt: timestamp("first_failure_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** Who, as they were known then (kept when the account is gone). */
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    subject: text("subject").notNull().default(""),
    details: jsonb("details").notNull().default(sql`'{}'::jsonb`),
    ip: text("ip"),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_actor_id_idx").on(t.actorId)],
);

/** Every save of a case: the whole structured case as it was, who saved it, when, and why. */
export const caseRevisions = pgTable(
  "case_revisions",
  {
    id: serial("id").primaryKey(),
    caseId: integer("case_id").notNull().references(() => cases.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    document: jsonb("document").notNull(),
    message: text("message").notNull().default(""),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    authorEmail: text("author_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("case_revisions_case_version_key").on(t.caseId, t.version), index("case_revisions_author_id_idx").on(t.authorId)],
);
