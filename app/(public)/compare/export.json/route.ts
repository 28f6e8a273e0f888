import { getComparison } from "@/db/compare";
import { download, jsonError } from "@/lib/api/http";
import { SAMPLE_LABEL } from "@/lib/case/schema";
import { missingCasesMessage, readCompareRequest, unknownDownloadParameter } from "@/lib/compare/compare-params";
import { CONTENT_LICENCE } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { searchParams } = new URL(request.url);
  const extra = unknownDownloadParameter(searchParams);
  if (extra) return jsonError(400, extra);
  const asked = readCompareRequest(searchParams);
  if (!asked.ok) return jsonError(400, { parameter: "cases", message: `${asked.message}.` });
  const comparison = await getComparison(asked.slugs);
  if (comparison.missing.length) return jsonError(404, { parameter: "cases", message: `${missingCasesMessage(comparison.missing)}.` });
  const cases = comparison.cases.map((c) => (c.sample ? { ...c, sampleLabel: SAMPLE_LABEL } : c));
  const body = { format: "ekip-comparison/1", license: CONTENT_LICENCE, ...comparison, cases };
  return download(JSON.stringify(body), { type: "application/json; charset=utf-8", filename: `comparison-${asked.slugs.join("-vs-")}.json` });
}
