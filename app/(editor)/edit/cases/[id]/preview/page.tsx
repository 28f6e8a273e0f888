import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CasePage } from "@/components/case-page";
import { STATUS_LABELS } from "@/lib/case/workflow";
import { caseDocumentName } from "@/lib/case/case-name";
import { caseIdSchema, editableCaseMetadata, loadEditableCase, orForbidden } from "../editable-case";

const previewPath = (id: number) => `/edit/cases/${id}/preview`;
const load = (id: number) => loadEditableCase(id, previewPath(id));

export function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return editableCaseMetadata(params, previewPath, (_, editable) => `Preview of ${caseDocumentName(editable.document)}`);
}

/** The saved case as the public will read it (Markdown rendered and sanitised), whatever its status. */
export default async function PreviewCasePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = caseIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const { editable } = await orForbidden(() => load(id.data));
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
