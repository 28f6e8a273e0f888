import Link from "next/link";
import { z } from "zod";
import { FormattedDate } from "@/components/formatted-date";
import { SampleLabel } from "@/components/sample-label";
import { listEditorChoices } from "@/db/case-editor";
import { CaseChanges } from "@/components/case-changes";
import { listChangesSinceSeen, listDashboardCases } from "@/db/dashboard";
import { can, type Actor } from "@/lib/auth/roles";
import { CASE_STATUSES, caseStatusSchema } from "@/lib/case/schema";
import { STATUS_LABELS } from "@/lib/case/workflow";
import { markChangesSeenAction } from "./actions";
import { firstValues } from "@/lib/search/query-params";
import { TableScroll } from "@/components/table-scroll";
import { caseName } from "@/lib/case/case-name";
import { readerOf, titleUnlessRefused } from "@/app/(editor)/page-access";
import { historyPath } from "@/lib/history/restore";

/** Who may read the page: the rest get 403 (readerOf), and its title says so too. */
const mayRead = (actor: Actor) => can(actor, "cases:edit", actor.cityIds[0]);

export const generateMetadata = titleUnlessRefused(mayRead, "Cases to edit");

const filtersSchema = z.object({
  status: caseStatusSchema.optional().catch(undefined),
  city: z.string().max(120).optional().catch(undefined),
  policyArea: z.string().max(120).optional().catch(undefined),
});

const select = "rounded border border-stone-500 bg-white px-3 py-2";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await readerOf("/edit", mayRead);
  const filters = filtersSchema.parse(firstValues(await searchParams));
  const [{ cases, byStatus }, choices, { seenAt, readAt, changes, hasMore }] = await Promise.all([listDashboardCases(actor, filters), listEditorChoices(actor), listChangesSinceSeen(actor)]);
  return (
    <div className="space-y-6">
      <h1>Cases to edit</h1>
      <p className="flex flex-wrap gap-x-4">
        <Link href="/edit/cases/new">New case</Link>
        <Link href="/edit/quality">Quality of the cases</Link>
        {can(actor, "catalog:manage") ? <><Link href="/edit/cities">Cities</Link><Link href="/edit/policy-areas">Policy areas</Link><Link href="/edit/organisations">Organisations</Link></> : null}
      </p>
      <CaseChanges seenAt={seenAt} readAt={readAt} changes={changes} hasMore={hasMore} markSeen={markChangesSeenAction} />
      {/* Every case for ekip's editors and admins; a city editor's cities' cases, some of which only ekip may change now. */}
      <h2 className="text-xl">{actor.role === "city_editor" ? "The cases of your cities" : "All cases"}</h2>
      <ul aria-label="Cases by status" className="flex flex-wrap gap-3">
        {CASE_STATUSES.map((s) => (
          <li key={s}><Link href={`/edit?status=${s}`} className="block rounded border border-stone-400 px-3 py-2" aria-current={filters.status === s ? "true" : undefined}>{STATUS_LABELS[s]}: <strong>{byStatus[s]}</strong></Link></li>
        ))}
      </ul>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the cases">
        <label className="flex flex-col gap-1">Status
          <select name="status" defaultValue={filters.status ?? ""} className={select}><option value="">Any</option>{CASE_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}</select>
        </label>
        <label className="flex flex-col gap-1">City
          <select name="city" defaultValue={filters.city ?? ""} className={select}><option value="">Any</option>{choices.cities.map((c) => <option key={c.slug} value={c.slug}>{c.name}</option>)}</select>
        </label>
        <label className="flex flex-col gap-1">Policy area
          <select name="policyArea" defaultValue={filters.policyArea ?? ""} className={select}><option value="">Any</option>{choices.policyAreas.map((p) => <option key={p.slug} value={p.slug}>{p.name}</option>)}</select>
        </label>
        <button type="submit" className="rounded border border-stone-600 bg-white px-4 py-2">Show</button>
      </form>
      {cases.length === 0 ? <p>No case matches.</p> : (
        <TableScroll labelledBy="cases-caption">
          <table className="w-full text-left [&_td]:py-2 [&_td]:pr-4 [&_th]:pr-4 [&_th]:align-top [&_td]:align-top">
            <caption id="cases-caption" className="sr-only">Cases, most recently changed first</caption>
            <thead><tr><th scope="col">Case</th><th scope="col">Status</th><th scope="col">Version</th><th scope="col">Last updated</th><th scope="col"><span className="sr-only">Links</span></th></tr></thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id} className="border-t border-stone-300">
                  <th scope="row" className="py-2 font-normal">
                    <Link href={`/edit/cases/${c.id}`}>{caseName(c)}</Link>
                    {c.isSample ? <> <SampleLabel /></> : null}
                  </th>
                  <td>{STATUS_LABELS[c.status]}</td>
                  <td>{c.version}</td>
                  <td><FormattedDate value={c.updatedAt} /></td>
                  <td><Link href={historyPath(c.id)}>History<span className="sr-only"> of {caseName(c)}</span></Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
