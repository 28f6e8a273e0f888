import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { CasePage } from "@/components/case-page";
import { getCaseForEditing } from "@/db/case-editor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { ForbiddenError } from "@/lib/auth/roles";
import { STATUS_LABELS } from "@/lib/case/workflow";
import { signInPath } from "@/lib/auth/sign-in-path";

export const metadata: Metadata = { title: "Preview of a case", robots: { index: false } };

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** The saved case as the public will read it (Markdown rendered and sanitised), whatever its status. */
export default async function PreviewCasePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath(`/edit/cases/${id.data}/preview`));
  let editable;
  try {
    editable = await getCaseForEditing(actor, id.data);
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
  if (!editable) notFound();
  return (
    <div className="space-y-6">
      <p className="rounded border-l-4 border-sky-800 bg-sky-50 p-3 print:hidden">
        Preview of version {editable.version} ({STATUS_LABELS[editable.status].toLowerCase()}), as the public pages will show it.{" "}
        <Link href={`/edit/cases/${editable.id}`}>Back to editing</Link>
      </p>
      <CasePage caseDocument={editable.document} />
    </div>
  );
}
