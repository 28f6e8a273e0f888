import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActionForm } from "@/components/action-form";
import { getCityRecord } from "@/db/catalog";
import { slugSchema } from "@/lib/case/schema";
import { updateCityAction } from "../../actions";
import { button, catalogEditor, catalogMetadata } from "../../catalog-editor";
import { CityFields } from "../city-fields";

type Props = { params: Promise<{ slug: string }> };

/** One read for the page and its title, after the check that the reader may edit the catalog. */
const load = cache(async (slug: string) => {
  const valid = slugSchema.safeParse(slug).success;
  const actor = await catalogEditor(`/edit/cities/${valid ? slug : ""}`);
  return valid ? getCityRecord(actor, slug) : null;
});

/** The city's name in the title, so that tabs of several cities tell them apart. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).slug;
  return catalogMetadata(async () => {
    const city = await load(slug);
    return { title: city ? `Edit ${city.name}` : "No such city", robots: { index: false } };
  });
}

export default async function EditCityPage({ params }: Props) {
  const city = await load((await params).slug);
  if (!city) notFound();
  return (
    <div className="space-y-6">
      <p><Link href="/edit/cities">Every city</Link></p>
      <h1>Edit {city.name}</h1>
      <p>
        Its address is <Link href={`/cities/${city.slug}`}>/cities/{city.slug}</Link>; the slug stays as it is, so that links to the city keep working.
      </p>
      <ActionForm action={updateCityAction} idPrefix="city" className="max-w-xl space-y-4">
        <input type="hidden" name="slug" value={city.slug} />
        <CityFields idPrefix="city" city={city} />
        <button type="submit" className={button}>Save {city.name}</button>
      </ActionForm>
    </div>
  );
}
