import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CaseAddressForm } from "@/components/case-address-form";
import { can, whyNot } from "@/lib/auth/roles";
import { addressPath } from "@/lib/case/address";
import { caseDocumentName, suggestedCaseSlug } from "@/lib/case/case-name";
import { casePath } from "@/lib/case/urls";
import { caseIdSchema, editableCaseMetadata, loadEditableCase, orForbidden } from "../editable-case";
import { changeAddressAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

const load = (id: number) => loadEditableCase(id, addressPath(id));

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return editableCaseMetadata(params, addressPath, (_, editable) => `The address of ${caseDocumentName(editable.document)}`);
}

const AddressList = ({ slugs }: { slugs: string[] }) => (
  <ul className="list-disc pl-5">{slugs.map((slug) => <li key={slug}><code>{casePath(slug)}</code></li>)}</ul>
);

/**
 * A case's address, which readers cite: changed on purpose, here, when the case moved to another city or policy area
 * or was given a focus. The earlier one leads to the new one for good, if readers could read the case.
 */
export default async function CaseAddressPage({ params }: Props) {
  await connection();
  const id = caseIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const { actor, editable } = await orForbidden(() => load(id.data));
  if (!editable) notFound();
  const { slug, city, policyArea, focus } = editable.document;
  const suggested = suggestedCaseSlug(city.slug, policyArea.slug, focus);
  return (
    <div className="max-w-prose space-y-6">
      <header className="space-y-3">
        <h1>The address of {caseDocumentName(editable.document)}</h1>
        <p><Link href={`/edit/cases/${editable.id}`}>Back to the case</Link></p>
      </header>
      <p>Its address is <code>{casePath(slug)}</code>{editable.status === "published" ? <> (<Link href={casePath(slug)}>its public page</Link>)</> : null}.</p>
      {editable.formerSlugs.length ? <div><p>Its earlier addresses lead there, with its versions, files and API answers:</p><AddressList slugs={editable.formerSlugs} /></div> : null}
      <p>
        {editable.wasPublic
          ? "Readers have cited and linked to its present address: once changed, it will lead to the new one for good, and no other case can take it."
          : "It has never been published, so no reader knows its present address: once changed, nothing is kept of it."}
        {" "}Its text, its versions and its history stay as they are.
      </p>
      {suggested !== slug ? <p>Its city, policy area and focus suggest <code>{casePath(suggested)}</code>.</p> : null}
      {can(actor, "cases:address", editable.cityId)
        ? <CaseAddressForm action={changeAddressAction.bind(null, editable.id)} suggested={suggested !== slug ? suggested : undefined} />
        : <p className="rounded border-l-4 border-stone-600 bg-stone-100 p-3">{whyNot(actor, "cases:address")}</p>}
    </div>
  );
}
