import { auditFilterLabel } from "@/lib/audit/actions";
import { AUDIT_PATH, type AuditFilters } from "@/lib/audit/audit-filters";

const input = "max-w-full rounded border border-stone-500 px-3 py-2";

/** The kinds of action the log holds ("case." for every case action), then each action. */
function actionChoices(actions: string[]): Array<{ value: string; label: string }> {
  const kinds = [...new Set(actions.filter((a) => a.includes(".")).map((a) => `${a.split(".")[0]}.`))];
  return [...kinds, ...actions].map((value) => ({ value, label: auditFilterLabel(value) }));
}

/** Narrows the log by who, what and about what: a plain GET form, so the address holds the filters. */
export function AuditFilterForm({ filters, actions }: { filters: Omit<AuditFilters, "page">; actions: string[] }) {
  const choices = actionChoices(actions);
  // A chosen action no entry has (yet) is still shown as chosen.
  if (filters.action && !choices.some((c) => c.value === filters.action)) choices.push({ value: filters.action, label: auditFilterLabel(filters.action) });
  return (
    // Keyed by the filters: a link to other filters (or none) shows them, where a kept form would keep its old choices.
    <form key={JSON.stringify(filters)} role="search" aria-label="Audit log" action={AUDIT_PATH} method="get" className="flex flex-wrap items-end gap-3 print:hidden">
      <div className="flex flex-col gap-1">
        <label htmlFor="audit-who" className="font-medium">Who (email address)</label>
        {/* Text, not email: the log also names "server", and a part of an address is no filter but is no error either. */}
        <input id="audit-who" name="who" type="text" inputMode="email" autoComplete="off" maxLength={320} defaultValue={filters.who} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="audit-action" className="font-medium">What</label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={input}>
          <option value="">Every action</option>
          {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="audit-subject" className="font-medium">Subject (a case&apos;s address, an email address…)</label>
        <input id="audit-subject" name="subject" maxLength={300} defaultValue={filters.subject} className={input} />
      </div>
      <button type="submit" className="rounded bg-teal-800 px-4 py-2 font-semibold text-white">Show</button>
    </form>
  );
}
