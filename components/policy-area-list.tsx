import Link from "next/link";
import { firstSentence } from "@/lib/first-sentence";
import { countOf } from "@/lib/plain-text";

export type PolicyAreaEntry = { slug: string; name: string; description: string; caseCount: number };

/** Policy areas, each with the opening sentence of its introduction and its number of published cases. */
export function PolicyAreaList({ policyAreas, headingLevel = 2 }: { policyAreas: PolicyAreaEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="max-w-[70ch] divide-y divide-stone-200 border-y border-stone-200">
      {policyAreas.map((area) => (
        <li key={area.slug} className="space-y-1 py-4 print:break-inside-avoid">
          <Heading className="text-lg">
            <Link href={`/policy-areas/${area.slug}`}>{area.name}</Link>
          </Heading>
          {area.description.trim() !== "" && <p>{firstSentence(area.description)}</p>}
          <p className="text-sm text-stone-700">
            {area.caseCount > 0 ? countOf(area.caseCount, "published case") : "No published case yet"}
          </p>
        </li>
      ))}
    </ul>
  );
}
