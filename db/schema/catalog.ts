import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

export const cities = pgTable("cities", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  countryCode: text("country_code").notNull(),
  countryName: text("country_name").notNull(),
  population: integer("population"),
  /** Null until set (by staff, or by the first published case that says something of the city); "" when staff emptied it. */
  description: text("description"),
  website: text("website"),
  isSample: boolean("is_sample").notNull().default(false),
  ...timestamps,
}, (t) => [
  index("cities_name_idx").on(t.name),
  // The order lists give cities (db/alphabetical.ts): /recommendations walks it to read one page of 10,000 cases.
  index("cities_sort_name_idx").on(sql`ekip_sort_name(${t.name})`),
]);

export const policyAreas = pgTable("policy_areas", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  /** Null until set (by staff, or by the first published case that says something of the policy area); "" when staff emptied it. */
  description: text("description"),
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
    /**
     * The letters and digits alone of the name and each other spelling, accents and case aside, joined by "|": what a
     * search by name is compared with too, so that "saint etienne" finds "Saint-Etienne Métropole" (migration 0015).
     */
    nameLetters: text("name_letters").generatedAlwaysAs(sql`ekip_name_letters(name, aliases)`),
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
