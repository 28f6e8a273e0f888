import { Fragment } from "react";

/** "restoredFrom" as "restored from". */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

function valueText(value: unknown): string {
  if (value === "") return "none";
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(", ") : "none";
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** What an audit entry records beside who, what and about what: each detail named in words, with its value. */
export function AuditDetails({ details }: { details: Record<string, unknown> | null }) {
  const entries = Object.entries(details ?? {});
  if (!entries.length) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm">
      {entries.map(([key, value]) => (
        <Fragment key={key}>
          <dt className="font-medium">{words(key)}</dt>
          <dd className="break-words">{valueText(value)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
