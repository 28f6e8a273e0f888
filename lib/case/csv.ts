import { stringify } from "csv-stringify/sync";

/** What the API's description says of it. */
export const CSV_FORMULA_NOTE = "text that begins with =, +, -, @ (or their full-width forms), a tab or a carriage return is written with a leading ' so that spreadsheets do not run it as a formula (the JSON holds it as written).";

/** Shared by every CSV the bank writes. */
export const CSV_OPTIONS = { record_delimiter: "windows", escape_formulas: true } as const;

export type CsvValue = string | number | boolean | null;
export type CsvRecord<C extends string> = Record<C, CsvValue>;

/**
 * RFC 4180 CSV: a header row, CRLF between records, fields quoted when they hold a comma, a quote
 * or a line break. Booleans are written `true`/`false` and null as an empty field; formulas as
 * CSV_FORMULA_NOTE says.
 */
export function toCsv<C extends string>(columns: readonly C[], records: Array<CsvRecord<C>>): string {
  return stringify(records, {
    header: true,
    columns: [...columns],
    ...CSV_OPTIONS,
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
}
