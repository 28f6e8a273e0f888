import { getComparison } from "@/db/compare";
import { readCompareRequest } from "@/lib/compare/compare-params";
import { SAMPLE_LABEL } from "@/lib/case/schema";
import { CONTENT_LICENCE } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const asked = readCompareRequest(new URL(request.url).searchParams);
  if (!asked.ok) return Response.json({ error: { parameter: "cases", message: asked.message } }, { status: 400 });
  const comparison = await getComparison(asked.slugs);
  if (comparison.missing.length) {
    return Response.json({ error: { parameter: "cases", message: `No published case: ${comparison.missing.join(", ")}` } }, { status: 404 });
  }
  const cases = comparison.cases.map((c) => (c.sample ? { ...c, sampleLabel: SAMPLE_LABEL } : c));
  return Response.json(
    { format: "ekip-comparison/1", license: CONTENT_LICENCE, ...comparison, cases },
    { headers: { "content-disposition": `attachment; filename="comparison-${asked.slugs.join("-vs-")}.json"` } },
  );
}
