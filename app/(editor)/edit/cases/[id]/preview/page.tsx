import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CasePage } from "@/components/case-page";
import { STATUS_LABELS } from "@/lib/case/workflow";
import { caseDocumentName } from "@/lib/case/case-name";
import { caseIdSchema, loadEditableCase, orForbidden } from "../editable-case";
import { metadataOrForbidden } from "@/app/(editor)/page-access";

const load = (id: number) => loadEditableCase(id, `/edit/cases/${id}/preview`);

/** The case's name in the title, as on its editor. */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  await connection();
  const id = caseIdSchema.safeParse((await params).id);
  return metadataOrForbidden(async () => {
    const editable = id.success ? (await load(id.data)).editable : null;
    return { title: editable ? `Preview of ${caseDocumentName(editable.document)}` : "No such case", robots: { index: false } };
  });
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
