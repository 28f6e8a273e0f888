import { stringify } from "csv-stringify/sync";

export type CsvValue = string | number | boolean | null;
export type CsvRecord<C extends string> = Record<C, CsvValue>;

/**
 * RFC 4180 CSV: a header row, CRLF between records, fields quoted when they hold a comma, a quote
 * or a line break. Booleans are written `true`/`false` and null as an empty field.
 */
export function toCsv<C extends string>(columns: readonly C[], records: Array<CsvRecord<C>>): string {
  return stringify(records, {
    header: true,
    columns: [...columns],
    record_delimiter: "windows",
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
}
