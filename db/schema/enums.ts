import { pgEnum } from "drizzle-orm/pg-core";
import { CASE_STATUSES, FACETS, SECTION_KEYS, STAKEHOLDER_CATEGORIES } from "../../lib/case/schema";
import { ROLE_VALUES } from "../../lib/auth/roles";

export const caseStatus = pgEnum("case_status", CASE_STATUSES);
export const facet = pgEnum("facet", FACETS);
export const stakeholderCategory = pgEnum("stakeholder_category", STAKEHOLDER_CATEGORIES);
export const themeKind = pgEnum("theme_kind", ["challenge", "opportunity"]);
export const findingPart = pgEnum("finding_part", ["summary", "closing"]);
export const findingKind = pgEnum("finding_kind", ["conclusion", "recommendation"]);
export const sectionKey = pgEnum("section_key", SECTION_KEYS);
export const role = pgEnum("role", ROLE_VALUES);
