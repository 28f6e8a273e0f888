import Link from "next/link";
import type { ActorSummary } from "@/db/actors";
import { countOf } from "@/lib/plain-text";
import { FacetBadge } from "./facet-badge";
import { SampleLabel } from "./sample-label";

/** Actors by name, each with the cities and number of published cases it appears in, and its OPSI facets; labelled when only sample cases name it. */
export function ActorList({ actors }: { actors: ActorSummary[] }) {
  return (
    <ul className="max-w-[70ch] divide-y divide-stone-200 border-y border-stone-200">
      {actors.map((actor) => (
        <li key={actor.slug} className="space-y-1 py-3 print:break-inside-avoid">
          <p className="font-semibold [overflow-wrap:anywhere]">
            <Link href={`/actors/${actor.slug}`}>{actor.name}</Link>
          </p>
          <p className="text-sm text-stone-700">
            {actor.cities.map((city) => city.name).join(", ")} · {countOf(actor.caseCount, "case")}
          </p>
          {actor.isSample ? <SampleLabel /> : null}
          {actor.facets.length ? (
            <ul className="flex flex-wrap gap-1.5" aria-label={`OPSI facets of ${actor.name}`}>
              {actor.facets.map((facet) => <li key={facet}><FacetBadge facet={facet} /></li>)}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
