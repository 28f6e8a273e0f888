import { sql } from "drizzle-orm";

const isoTime = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** The columns of lib/case/cite.ts CitedCase of the case `k`, times written as the case page writes them (toISOString), by either database. */
export const CITED_CASE_COLUMNS = sql`k.version as "caseVersion", ${isoTime("k.updated_at")} as "caseUpdatedAt",
  ${isoTime("k.published_at")} as "casePublishedAt", k.workshop_date::text as "workshopDate"`;
