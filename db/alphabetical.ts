import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * A name as lists are ordered by it: accents and case aside, so that "Łódź" comes beside "Lund", not after
 * "Wierzbno", on PGlite too (whose only collation orders by code point).
 */
export const alphabetically = (name: SQL | AnyColumn): SQL => sql`unaccent(lower(${name}))`;
