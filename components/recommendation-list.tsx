import Link from "next/link";
import { leadInRest } from "@/lib/case/findings";
import { splitLeading, type SnippetPart } from "@/lib/search/snippet";
import { HighlightedText } from "./highlighted-text";
import { Markdown } from "./markdown";
import { SampleLabel } from "./sample-label";
import type { CitableRecommendation } from "@/lib/case/cite";
import { RecommendationCitation } from "./finding-citation";
import { oneRecommendationHref, recommendationPartName } from "@/lib/case/recommendation-part";
import { caseName } from "@/lib/case/case-name";

export type RecommendationEntry = CitableRecommendation & {
  citySlug: string;
  countryName: string;
  body: string;
  /** The body with the words a search matched marked, when there was a search. */
  highlighted?: SnippetPart[] | null;
  /** The title so marked. */
  highlightedTitle?: SnippetPart[] | null;
};

/**
 * The heading (number and title) and the body. A body that opens with its title (the document's bold lead-in,
 * "Interdisciplinary training on AI knowledge…") reads as one sentence, its heading inline, not the title twice.
 */
function RecommendationText({ r, Heading }: { r: RecommendationEntry; Heading: "h2" | "h3" }) {
  const rest = leadInRest(r);
  const label = r.isSample ? <SampleLabel /> : null;
  if (rest === null) {
    return (
      <>
        {label}
        <Heading className="text-lg">{r.number}. {r.highlightedTitle ? <HighlightedText parts={r.highlightedTitle} /> : r.title}</Heading>
        {r.highlighted ? <p className="prose-text"><HighlightedText parts={r.highlighted} /></p> : <Markdown>{r.body}</Markdown>}
      </>
    );
  }
  // Searched: the words matched are marked in the title as in the rest of the sentence.
  const [title, body] = r.highlighted ? splitLeading(r.highlighted, r.title.length) : [null, null];
  return (
    <>
      {label}
      <div className="lead-in">
        <Heading className="inline text-base font-bold">{r.number}. {title ? <HighlightedText parts={title} /> : r.title}</Heading>
        {/^\s/.test(rest) ? " " : null}
        {body ? <p className="prose-text"><HighlightedText parts={body} /></p> : <Markdown>{rest}</Markdown>}
      </div>
    </>
  );
}

/** Recommendations from several cases, each under its own heading with where it comes from. */
export function RecommendationList({ recommendations, headingLevel = 3 }: { recommendations: RecommendationEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="max-w-[70ch] divide-y divide-stone-200 border-y border-stone-200">
      {recommendations.map((r) => (
        <li key={`${r.caseSlug}-${r.part}-${r.number}-${r.title}`} className="space-y-2 py-5 print:break-inside-avoid">
          <RecommendationText r={r} Heading={Heading} />
          <p className="text-sm text-stone-700">
            Recommendation {r.number} in the {recommendationPartName(r.part)} of{" "}
            <Link href={oneRecommendationHref(r.caseSlug, r.part, r.number)}>
              {caseName(r)}
              {/* Its name says where it leads: a list of links holds the case's own link, named by the case alone, too. */}
              <span className="sr-only">, recommendation {r.number}</span>
            </Link>{" "}
            · <Link href={`/cities/${r.citySlug}`}>{r.cityName}</Link>, {r.countryName}
          </p>
          <RecommendationCitation r={r} />
        </li>
      ))}
    </ul>
  );
}
