import { Fragment } from "react";

import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import type { CaseStatus } from "@/lib/case/schema";
import { STATUS_LABELS } from "@/lib/case/workflow";

/** "restoredFrom" as "restored from". */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/** The codes the log keeps, in the words the product shows them in: a role, a case's status. */
function codeLabel(action: string, key: string, value: string): string | undefined {
  if (key === "role" || key === "previousRole") return ROLE_LABELS[value as Role];
  if (action === "case.status_changed" && (key === "from" || key === "to")) return STATUS_LABELS[value as CaseStatus];
  return undefined;
}

function valueText(value: unknown): string {
  if (value === "") return "none";
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(", ") : "none";
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** What an audit entry records beside who, what and about what: each detail named in words, with its value. */
export function AuditDetails({ action, details }: { action: string; details: Record<string, unknown> | null }) {
  const entries = Object.entries(details ?? {}).map(([key, value]): [string, unknown] => [key, (typeof value === "string" && codeLabel(action, key, value)) || value]);
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
