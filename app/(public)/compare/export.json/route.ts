import { getComparison } from "@/db/compare";
import { withMovedCases } from "@/lib/compare/moved-cases";
import { absoluteUrl } from "@/lib/site";
import { download, jsonError, movedTo } from "@/lib/api/http";
import { COMPARISON_FORMAT, type ComparisonBody } from "@/lib/api/schemas";
import { SAMPLE_LABEL } from "@/lib/case/schema";
import { missingCasesMessage, readCompareRequest, unknownDownloadParameter } from "@/lib/compare/compare-params";
import { CONTENT_LICENCE } from "@/lib/site";
import { publishedContentTag } from "@/lib/api/published-content-tag";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { searchParams } = new URL(request.url);
  const extra = unknownDownloadParameter(searchParams);
  if (extra) return jsonError(400, extra);
  const asked = readCompareRequest(searchParams);
  if (!asked.ok) return jsonError(400, { parameter: "cases", message: `${asked.message}.` });
  const comparison = await getComparison(asked.slugs);
  const moved = comparison.missing.length ? await withMovedCases(asked.slugs, comparison.missing) : null;
  if (moved) return movedTo(absoluteUrl(`/compare/export.json?cases=${moved.join(",")}`));
  if (comparison.missing.length) return jsonError(404, { parameter: "cases", message: `${missingCasesMessage(comparison.missing)}.` });
  // Only a comparison that can be made can be the one the client holds.
  const { etag, notModified } = await publishedContentTag(request);
  if (notModified) return notModified;
  const body: ComparisonBody = {
    format: COMPARISON_FORMAT,
    license: CONTENT_LICENCE,
    cases: comparison.cases.map(({ facetCounts: _counts, ...caseDocument }) => caseDocument),
    facetCounts: Object.fromEntries(comparison.cases.map((c) => [c.slug, c.facetCounts])),
    ...(comparison.cases.some((c) => c.sample) ? { sampleLabel: SAMPLE_LABEL } : {}),
    sharedOrganisations: comparison.sharedOrganisations,
    themes: comparison.themes,
  };
  return download(JSON.stringify(body), { type: "application/json; charset=utf-8", filename: `comparison-${asked.slugs.join("-vs-")}.json`, etag });
}
