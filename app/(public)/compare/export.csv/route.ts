import { getComparison } from "@/db/compare";
import { withMovedCases } from "@/lib/compare/moved-cases";
import { absoluteUrl } from "@/lib/site";
import { download, movedTo, textError } from "@/lib/api/http";
import { missingCasesMessage, readCompareRequest, unknownDownloadParameter } from "@/lib/compare/compare-params";
import { comparisonToCsv } from "@/lib/compare/to-csv";
import { publishedContentTag } from "@/lib/api/published-content-tag";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { searchParams } = new URL(request.url);
  const extra = unknownDownloadParameter(searchParams);
  if (extra) return textError(400, extra.message);
  const asked = readCompareRequest(searchParams);
  if (!asked.ok) return textError(400, `${asked.message}.`);
  const comparison = await getComparison(asked.slugs);
  const moved = comparison.missing.length ? await withMovedCases(asked.slugs, comparison.missing) : null;
  if (moved) return movedTo(absoluteUrl(`/compare/export.csv?cases=${moved.join(",")}`));
  if (comparison.missing.length) return textError(404, `${missingCasesMessage(comparison.missing)}.`);
  // Only a comparison that can be made can be the one the client holds.
  const { etag, notModified } = await publishedContentTag(request);
  if (notModified) return notModified;
  return download(comparisonToCsv(comparison.cases, comparison), { type: "text/csv; charset=utf-8; header=present", filename: `comparison-${asked.slugs.join("-vs-")}.csv`, etag });
}
