import Link from "next/link";
import { AuditDetails } from "@/components/audit-details";
import { listAudit, listAuditActions } from "@/db/audit";
import { can, type Actor } from "@/lib/auth/roles";
import { auditActionLabel } from "@/lib/audit/actions";
import { AUDIT_PATH, auditFiltersSchema } from "@/lib/audit/audit-filters";
import { countMatching, countOf } from "@/lib/plain-text";
import { searchHref } from "@/lib/search/href";
import { parseParamsLeniently, readWithinLast } from "@/lib/search/lenient-params";
import type { QueryParams } from "@/lib/search/query-params";
import { AuditFilterForm } from "@/components/audit-filter-form";
import { IgnoredParams } from "@/components/ignored-params";
import { Pagination } from "@/components/pagination";
import { TableScroll } from "@/components/table-scroll";
import { readerOf, titleUnlessRefused } from "@/app/(editor)/page-access";

/** Who may read the page: the rest get 403 (readerOf), and its title says so too. */
const mayRead = (actor: Actor) => can(actor, "audit:read");

export const generateMetadata = titleUnlessRefused(mayRead, "Audit log");

type Props = { searchParams: Promise<QueryParams> };

export default async function AuditPage({ searchParams }: Props) {
  const actor = await readerOf("/admin/audit", mayRead);
  const { value: filters, ignored } = parseParamsLeniently(auditFiltersSchema, await searchParams);
  const { page: _asked, ...chosen } = filters;
  const [shown, actions] = await Promise.all([readWithinLast(filters.page, (page) => listAudit(actor, { ...filters, page })), listAuditActions(actor)]);
  const { list: { rows, total }, page, pageCount } = shown;
  const isFiltered = Object.values(chosen).some(Boolean);
  ignored.push(...shown.ignored);
  return (
    <div className="space-y-6">
      <h1>Audit log</h1>
      <p>Sign-ins, changes to people and roles, and every change to a case: who, when, what.</p>
      <AuditFilterForm filters={chosen} actions={actions} />
      <IgnoredParams ignored={ignored} />
      <p role="status">
        {isFiltered ? `${countMatching(total, "entry", "entries")}.` : `${countOf(total, "entry", "entries")} in all.`}
        {isFiltered ? <> <Link href={AUDIT_PATH}>Show every entry</Link></> : null}
      </p>
      {rows.length ? (
        <TableScroll labelledBy="audit-caption">
          <table className="theme-table text-sm">
            <caption id="audit-caption" className="sr-only">Audit log, newest first</caption>
            <thead>
              <tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Subject</th><th scope="col">Details</th><th scope="col">Address</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td><time dateTime={r.at.toISOString()}>{r.at.toISOString().replace("T", " ").slice(0, 19)}</time></td>
                  <td>{r.actorEmail ? <Link href={searchHref(AUDIT_PATH, chosen, { who: r.actorEmail.toLowerCase() })}>{r.actorEmail}<span className="sr-only"> (only their entries)</span></Link> : "—"}</td>
                  <td>{auditActionLabel(r.action)}</td>
                  <td>{r.subject ? <Link href={searchHref(AUDIT_PATH, chosen, { subject: r.subject })}>{r.subject}<span className="sr-only"> (only entries about it)</span></Link> : null}</td>
                  <td><AuditDetails action={r.action} details={r.details as Record<string, unknown> | null} /></td>
                  <td>{r.ip ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <Pagination page={page} pageCount={pageCount} previousHref={searchHref(AUDIT_PATH, filters, { page: page - 1 })} nextHref={searchHref(AUDIT_PATH, filters, { page: page + 1 })} />
    </div>
  );
}
