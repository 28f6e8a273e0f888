import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { getDb } from "./client";
import { countCases, importCases } from "./cases";
import { ensurePartnerCities } from "./cities";

export const SAMPLE_CASES_FOLDER = path.join(process.cwd(), "content", "cases");

/** First start: the partner cities, and on an empty database the delivered cases, published. */
export async function seedDatabase(): Promise<string[]> {
  await getDb().transaction((tx) => ensurePartnerCities(tx));
  if ((await countCases()) > 0) return [];
  const files = (await readdir(SAMPLE_CASES_FOLDER)).filter((f) => f.endsWith(".md")).sort();
  const documents = await Promise.all(
    files.map(async (file) => {
      const parsed = parseCaseDocument(await readFile(path.join(SAMPLE_CASES_FOLDER, file)));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
      return parsed.case;
    }),
  );
  const saved = await importCases(documents, { publish: true });
  return saved.map((s) => s.slug);
}
