import Link from "next/link";
import { countOf, formatNumber } from "@/lib/plain-text";
import { SampleLabel } from "./sample-label";

export type CityEntry = { slug: string; name: string; countryName: string; population: number | null; caseCount: number; isSample?: boolean };

/** Cities as cards: name, country, population and how many published cases each has. */
export function CityList({ cities, headingLevel = 2 }: { cities: CityEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {cities.map((city) => (
        <li key={city.slug} className="space-y-1 rounded-lg border border-stone-200 p-4 print:break-inside-avoid">
          <Heading className="text-lg">
            <Link href={`/cities/${city.slug}`}>{city.name}</Link>
          </Heading>
          {city.isSample && <SampleLabel />}
          <p className="text-stone-800">
            {city.countryName}
            {city.population !== null && ` · population ${formatNumber(city.population)}`}
          </p>
          <p className="text-sm text-stone-700">
            {city.caseCount > 0 ? countOf(city.caseCount, "published case") : "No published case yet"}
          </p>
        </li>
      ))}
    </ul>
  );
}
