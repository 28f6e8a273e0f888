// A fixed locale and time zone keep the server's settings out of the page.
const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** A date for people (27 November 2025; `withTime`: 27 November 2025, 14:05 UTC) with the machine-readable value kept in <time>. */
export function FormattedDate({ value, withTime = false }: { value: string | Date; withTime?: boolean }) {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return <>{String(value)}</>;
  const machineValue = typeof value === "string" ? value : value.toISOString();
  const time = withTime ? `, ${date.toISOString().slice(11, 16)} UTC` : "";
  return <time dateTime={machineValue}>{DATE_FORMAT.format(date)}{time}</time>;
}
