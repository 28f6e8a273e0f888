import { getComparison } from "@/db/compare";
import { readCompareRequest } from "@/lib/compare/compare-params";
import { comparisonToCsv } from "@/lib/compare/to-csv";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const asked = readCompareRequest(new URL(request.url).searchParams);
  if (!asked.ok) return new Response(`${asked.message}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const comparison = await getComparison(asked.slugs);
  if (comparison.missing.length) {
    return new Response(`No published case: ${comparison.missing.join(", ")}\n`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return new Response(comparisonToCsv(comparison.cases), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="comparison-${asked.slugs.join("-vs-")}.csv"`,
    },
  });
}
