import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * A name as lists are ordered by it: accents and case aside, so that "Łódź" comes beside "Lund", not after
 * "Wierzbno", on PGlite too (whose only collation orders by code point). A function of the database's (migration
 * 0022), so that an index can hold the order: cities_sort_name_idx.
 */
export const alphabetically = (name: SQL | AnyColumn): SQL => sql`ekip_sort_name(${name})`;
