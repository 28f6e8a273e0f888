import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/user-fields";
import { listCities } from "@/db/cities";
import { formatNumber } from "@/lib/plain-text";
import { addCityAction } from "../actions";
import { button, catalogEditor, catalogTitle } from "../catalog-editor";
import { CityFields } from "./city-fields";
import { TableScroll } from "@/components/table-scroll";

export const generateMetadata = catalogTitle("City catalog");

export default async function CitiesPage() {
  await catalogEditor("/edit/cities");
  const cities = await listCities();
  return (
    <div className="space-y-10">
      <h1>City catalog</h1>
      <section aria-labelledby="new-city" className="space-y-4">
        <h2 id="new-city">Add a city</h2>
        <ActionForm action={addCityAction} idPrefix="new" className="max-w-xl space-y-4" resetOnSuccess>
          <CityFields idPrefix="new" />
          <TextField id="new-slug" name="slug" label="Slug, its address /cities/{slug} (optional: made from the name; cannot be changed later)" />
          <button type="submit" className={button}>Add city</button>
        </ActionForm>
      </section>
      <section aria-labelledby="all-cities" className="space-y-4">
        <h2 id="all-cities">Every city ({cities.length})</h2>
        <TableScroll labelledBy="cities-caption">
          <table className="w-full text-left">
            <caption id="cities-caption" className="sr-only">Every city, by name</caption>
            <thead>
              <tr><th scope="col">City</th><th scope="col">Slug</th><th scope="col">Country</th><th scope="col">Population</th><th scope="col">Published cases</th><th scope="col"><span className="sr-only">Edit</span></th></tr>
            </thead>
            <tbody>
              {cities.map((c) => (
                <tr key={c.slug} className="border-t border-stone-200">
                  <td>{c.name}</td>
                  <td>{c.slug}</td>
                  <td>{c.countryName} ({c.countryCode})</td>
                  <td>{c.population === null ? "" : formatNumber(c.population)}</td>
                  <td>{c.caseCount}</td>
                  <td><Link href={`/edit/cities/${c.slug}`}>Edit {c.name}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
