import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { listAudit } from "@/db/audit";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/roles";
import { TableScroll } from "@/components/table-scroll";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  await connection();
  const actor = await getCurrentActor();
  if (!can(actor, "audit:read")) forbidden();
  const page = z.coerce.number().int().min(1).catch(1).parse((await searchParams).page);
  const { rows, total, pageSize } = await listAudit(actor, page);
  return (
    <div className="space-y-6">
      <h1>Audit log</h1>
      <p>Sign-ins, changes to people and roles, and every change to a case: who, when, what. {total} entries.</p>
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
                <td>{r.actorEmail ?? "—"}</td>
                <td>{r.action}</td>
                <td>{r.subject}</td>
                <td><code>{JSON.stringify(r.details)}</code></td>
                <td>{r.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <nav aria-label="Pages" className="flex gap-4">
        {page > 1 ? <a href={`/admin/audit?page=${page - 1}`}>Newer</a> : null}
        {page * pageSize < total ? <a href={`/admin/audit?page=${page + 1}`}>Older</a> : null}
      </nav>
    </div>
  );
}
