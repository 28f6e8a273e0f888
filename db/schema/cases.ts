import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgTable, serial, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { cities, policyAreas } from "./catalog";
import { searchVector, timestamps } from "./columns";
import { caseStatus, facet, stakeholderCategory } from "./enums";

export const cases = pgTable(
  "cases",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    /** The addresses it had before an editor changed it, while it was public (db/case-address.ts): they lead here. */
    formerSlugs: text("former_slugs").array().notNull().default(sql`'{}'::text[]`),
    cityId: integer("city_id").notNull().references(() => cities.id),
    policyAreaId: integer("policy_area_id").notNull().references(() => policyAreas.id),
    /** Distinguishes two cases of one city and policy area; '' when there is only one. */
    focus: text("focus").notNull().default(""),
    title: text("title"),
    status: caseStatus("status").notNull().default("draft"),
    /** Made-up content for trying the product out (content/samples/); labelled wherever shown. */
    isSample: boolean("is_sample").notNull().default(false),
    workshopDate: date("workshop_date"),
    /** ekip's own note on the case, shown above it (lib/case/schema.ts); an import leaves it as it is. */
    editorsNote: text("editors_note").notNull().default(""),
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
    /** The rules that wrote the two texts (SEARCH_TEXT_VERSION); 0 for a row written before the number was kept. */
    searchTextVersion: smallint("search_text_version").notNull().default(0),
    searchVector: searchVector("search_title", "search_body"),
    ...timestamps,
  },
  (t) => [
    index("cases_search_vector_idx").using("gin", t.searchVector),
    index("cases_former_slugs_idx").using("gin", t.formerSlugs),
    uniqueIndex("cases_city_policy_area_focus_key").on(t.cityId, t.policyAreaId, t.focus),
    index("cases_policy_area_id_idx").on(t.policyAreaId),
    index("cases_status_updated_at_idx").on(t.status, t.updatedAt),
    // Everything the facet counts of /cases, the recount of published_counts and the recommendations'
    // join to their case read of a published case, so they need not visit its wide row.
    index("cases_published_facets_idx").on(t.cityId, t.policyAreaId, t.workshopDate, t.facets, t.stakeholderCategories, t.id).where(sql`${t.status} = 'published'`),
  ],
);
