import "server-only";
import { sql } from "drizzle-orm";

const isoTime = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** The columns of lib/case/cite.ts CitedCase of the case `k`, times written as the case page writes them (toISOString), by either database. */
export const CITED_CASE_COLUMNS = sql`k.version as "caseVersion", ${isoTime("k.updated_at")} as "caseUpdatedAt",
  ${isoTime("k.published_at")} as "casePublishedAt", k.workshop_date::text as "workshopDate"`;

/**
 * Whether the finding `f` is the first of its number in its part of its case (a document may give a number twice): the
 * one the case page gives an address and a reference (components/finding-list.tsx).
 */
export const FIRST_OF_ITS_NUMBER = sql`not exists (select 1 from findings g
  where g.case_id = f.case_id and g.part = f.part and g.kind = f.kind and g.number = f.number and g.position < f.position) as "isFirstOfNumber"`;
