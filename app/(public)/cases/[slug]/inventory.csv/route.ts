import { caseToDownload } from "@/lib/api/case-download";
import { download } from "@/lib/api/http";
import { inventoryCsv } from "@/lib/case/inventory-csv";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const asked = await caseToDownload(request, params, "text");
  if (!asked.ok) return asked.response;
  return download(inventoryCsv(asked.caseDocument), { type: "text/csv; charset=utf-8; header=present", filename: `${asked.caseDocument.slug}-inventory.csv`, etag: asked.etag });
}
