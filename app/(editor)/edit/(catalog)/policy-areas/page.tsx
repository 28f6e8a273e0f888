import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/user-fields";
import { listPolicyAreas } from "@/db/policy-areas";
import { addPolicyAreaAction, renamePolicyAreaAction } from "../actions";
import { button, catalogEditor, catalogTitle } from "../catalog-editor";

export const generateMetadata = catalogTitle("Policy area catalog");

export default async function PolicyAreasPage() {
  await catalogEditor("/edit/policy-areas");
  const areas = await listPolicyAreas();
  return (
    <div className="space-y-10">
      <h1>Policy area catalog</h1>
      <section aria-labelledby="new-area" className="space-y-4">
        <h2 id="new-area">Add a policy area</h2>
        <ActionForm action={addPolicyAreaAction} idPrefix="new" className="max-w-xl space-y-4" resetOnSuccess>
          <TextField id="new-name" name="name" label="Name" />
          <TextField id="new-slug" name="slug" label="Slug, its address /policy-areas/{slug} (optional: made from the name; cannot be changed later)" />
          <button type="submit" className={button}>Add policy area</button>
        </ActionForm>
      </section>
      <section aria-labelledby="all-areas" className="space-y-4">
        <h2 id="all-areas">Every policy area ({areas.length})</h2>
        <ul className="space-y-4">
          {areas.map((a) => (
            <li key={a.slug} className="space-y-2 rounded border border-stone-300 p-4">
              <p>
                <Link href={`/policy-areas/${a.slug}`} className="font-semibold">{a.name}</Link> · /policy-areas/{a.slug} · {a.caseCount} published
                {" "}· <Link href={`/edit/policy-areas/${a.slug}`}>Edit {a.name}</Link>
              </p>
              <ActionForm action={renamePolicyAreaAction} idPrefix={`pa-${a.slug}`} row>
                <input type="hidden" name="slug" value={a.slug} />
                <TextField id={`pa-${a.slug}-name`} name="name" label={`New name for ${a.name}`} defaultValue={a.name} />
                <button type="submit" className={button}>Rename {a.name}</button>
              </ActionForm>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
