import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, serial, text, uniqueIndex, type AnyPgColumn } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { methods, organisations } from "./catalog";
import { searchVector } from "./columns";
import { facet, findingKind, findingPart, sectionKey, stakeholderCategory, themeKind } from "./enums";

const caseRef = () => integer("case_id").notNull().references(() => cases.id, { onDelete: "cascade" });
const organisationRef = () => integer("organisation_id").references(() => organisations.id);
const position = () => integer("position").notNull();
/** The letters of a name a case gives an actor, for /actors to find a part of it (db/actors.ts) without reading every row. */
const nameLetters = (name: string, column: AnyPgColumn) => index(name).using("gin", sql`ekip_letters(${column}) gin_trgm_ops`);

export const participants = pgTable(
  "participants",
  { id: serial("id").primaryKey(), caseId: caseRef(), position: position(), name: text("name").notNull(), organisationId: organisationRef() },
  (t) => [
    uniqueIndex("participants_case_position_key").on(t.caseId, t.position),
    index("participants_organisation_id_idx").on(t.organisationId),
    nameLetters("participants_name_letters_idx", t.name),
  ],
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
  (t) => [
    uniqueIndex("stakeholders_case_position_key").on(t.caseId, t.position),
    index("stakeholders_organisation_id_idx").on(t.organisationId),
    nameLetters("stakeholders_name_letters_idx", t.name),
  ],
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
    nameLetters("inventory_rows_actor_name_letters_idx", t.actorName),
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
