/** Where in a case a recommendation stands: the summary at the top, or the closing section. */
export type RecommendationPart = "summary" | "closing";
export type FindingKind = "conclusion" | "recommendation";

// The ids are those of the case page's sections, so a link lands on the recommendation's section.
const PARTS: Record<RecommendationPart, { anchor: string; name: string }> = {
  summary: { anchor: "summary", name: "main conclusions and recommendations" },
  closing: { anchor: "findings", name: "closing conclusions and recommendations" },
};

export const recommendationHref = (caseSlug: string, part: RecommendationPart) => `/cases/${caseSlug}#${PARTS[part].anchor}`;
/** The id of a finding on the case page ("summary-recommendation-3"), so one recommendation can be linked and cited. */
export const findingAnchor = (part: RecommendationPart, kind: FindingKind, number: number) => `${PARTS[part].anchor}-${kind}-${number}`;
/** The address of one recommendation on its case's page. */
export const oneRecommendationHref = (caseSlug: string, part: RecommendationPart, number: number) => `/cases/${caseSlug}#${findingAnchor(part, "recommendation", number)}`;
export const recommendationPartName = (part: RecommendationPart) => PARTS[part].name;

// "main recommendation 3": a case has a recommendation 3 in each part.
const PART_WORD: Record<RecommendationPart, string> = { summary: "main", closing: "closing" };
/** How a finding is named in its link and its reference: "main recommendation 3". */
export const findingName = (part: RecommendationPart, kind: FindingKind, number: number) => `${PART_WORD[part]} ${kind} ${number}`;
