import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/user-fields";
import { getPolicyAreaRecord } from "@/db/catalog";
import { slugSchema } from "@/lib/case/schema";
import { updatePolicyAreaAction } from "../../actions";
import { DescriptionField } from "../../description-field";
import { button, catalogEditor, catalogMetadata } from "../../catalog-editor";

type Props = { params: Promise<{ slug: string }> };

/** One read for the page and its title, after the check that the reader may edit the catalog. */
const load = cache(async (slug: string) => {
  const valid = slugSchema.safeParse(slug).success;
  const actor = await catalogEditor(`/edit/policy-areas/${valid ? slug : ""}`);
  return valid ? getPolicyAreaRecord(actor, slug) : null;
});

/** The policy area's name in the title, so that tabs of several areas tell them apart. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).slug;
  return catalogMetadata(async () => {
    const area = await load(slug);
    return { title: area ? `Edit ${area.name}` : "No such policy area", robots: { index: false } };
  });
}

export default async function EditPolicyAreaPage({ params }: Props) {
  const area = await load((await params).slug);
  if (!area) notFound();
  return (
    <div className="space-y-6">
      <p><Link href="/edit/policy-areas">Every policy area</Link></p>
      <h1>Edit {area.name}</h1>
      <p>
        Its address is <Link href={`/policy-areas/${area.slug}`}>/policy-areas/{area.slug}</Link>; the slug stays as it is, so that links to it keep working.
      </p>
      <ActionForm action={updatePolicyAreaAction} idPrefix="area" className="max-w-xl space-y-4">
        <input type="hidden" name="slug" value={area.slug} />
        <TextField id="area-name" name="name" label="Name" defaultValue={area.name} />
        <DescriptionField id="area-description" description={area.description} shownOn="the policy area's public page, in Markdown, for every city" about="the policy area" />
        <button type="submit" className={button}>Save {area.name}</button>
      </ActionForm>
    </div>
  );
}
