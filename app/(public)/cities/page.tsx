import { connection } from "next/server";
import { CityList } from "@/components/city-list";
import { listCities } from "@/db/cities";
import { pageMetadata } from "@/lib/page-metadata";

export const metadata = pageMetadata({
  title: "Cities",
  description: "The European cities of the ekip partnership, with their City Case Descriptions and the innovation character of their local actors.",
  path: "/cities",
});

export default async function CitiesPage() {
  await connection();
  const cities = await listCities();
  return (
    <div className="space-y-8">
      <header className="prose-text space-y-3">
        <h1>Cities</h1>
        <p className="text-lg text-stone-800">
          The cities where <em>ekip</em> held policy-assessment workshops with local stakeholders, and the City Case
          Descriptions written after them.
        </p>
      </header>
      {cities.length > 0 ? <CityList cities={cities} /> : <p>There are no cities yet.</p>}
    </div>
  );
}
