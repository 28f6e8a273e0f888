import { dayOf } from "@/lib/plain-text";

/** A date for people (27 November 2025; `withTime`: 27 November 2025, 14:05 UTC) with the machine-readable value kept in <time>. */
export function FormattedDate({ value, withTime = false }: { value: string | Date; withTime?: boolean }) {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return <>{String(value)}</>;
  const machineValue = typeof value === "string" ? value : value.toISOString();
  const time = withTime ? `, ${date.toISOString().slice(11, 16)} UTC` : "";
  return <time dateTime={machineValue}>{dayOf(date)}{time}</time>;
}
