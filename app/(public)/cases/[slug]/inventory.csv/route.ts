import { download, noSuchCase, textNotFound } from "@/lib/api/http";
import { findPublishedCase } from "@/lib/api/published-case";
import { inventoryCsv } from "@/lib/case/inventory-csv";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const caseDocument = await findPublishedCase(slug);
  if (!caseDocument) return textNotFound(noSuchCase(slug));
  return download(inventoryCsv(caseDocument), { type: "text/csv; charset=utf-8; header=present", filename: `${slug}-inventory.csv` });
}
