import { sql, type SQL } from "drizzle-orm";

/**
 * Strings as one PostgreSQL `text[]`, each a parameter: drizzle spreads an array given as one value into a
 * list (`($1, $2)`), which `unnest` does not take.
 */
export const textArray = (values: string[]): SQL => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
