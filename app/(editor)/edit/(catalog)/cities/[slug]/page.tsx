import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { getCityRecord } from "@/db/catalog";
import { slugSchema } from "@/lib/case/schema";
import { updateCityAction } from "../../actions";
import { button, catalogEditor } from "../../catalog-editor";
import { CityFields } from "../city-fields";

export const metadata: Metadata = { title: "Edit a city", robots: { index: false } };

export default async function EditCityPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await catalogEditor(`/edit/cities/${slugSchema.safeParse(slug).success ? slug : ""}`);
  const city = slugSchema.safeParse(slug).success ? await getCityRecord(actor, slug) : null;
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
