import "server-only";
import { z } from "zod";
import { findCaseCatalog } from "@/db/case-editor";
import { listKnownPlaces } from "@/db/quality";
import type { CaseDocument } from "@/lib/case/schema";
import { emptyCase } from "@/lib/editor/empty-case";
import { countOf } from "@/lib/plain-text";
import type { EditorState } from "@/lib/editor/editor-state";
import { readDocumentInput } from "@/lib/importer/document-input";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { checkCase } from "@/lib/quality/check-case";

const scratchSchema = z.object({
  city: z.string({ error: "Choose the city" }).min(1, "Choose the city").max(120, "No such city"),
  policyArea: z.string({ error: "Choose the policy area" }).min(1, "Choose the policy area").max(120, "No such policy area"),
});

/**
 * The first step of a new case: a document read by the importer (nothing stored yet), or an empty case for a
 * city and policy area. Null when the form is not that step.
 */
export async function startNewCase(form: FormData, prev: EditorState): Promise<EditorState | null> {
  const intent = form.get("intent");
  const round = (prev.round ?? 0) + 1;
  if (intent === "import") {
    // The file and the pasted text are one field on the page: "document".
    const input = await readDocumentInput(form);
    if (!input.ok) return { round, errors: { document: input.errors } };
    const parsed = parseCaseDocument(input.text);
    if (!parsed.ok) return { round, errors: { document: [`This is ${parsed.error}`] } };
    // The document's problems are seen before its first save, as they will be after it.
    const problems = checkCase(parsed.case, await listKnownPlaces());
    const serious = problems.filter((p) => p.severity === "serious").length;
    const found = [parsed.warnings.length ? `${countOf(parsed.warnings.length, "line")} could not be placed` : "", serious ? `the checks find ${countOf(serious, "serious problem")}` : ""].filter(Boolean);
    const unplaced = found.length ? `; ${found.join(" and ")} (listed under “Checks on this case”)` : "";
    return {
      round, draft: { ...parsed.case, status: undefined }, warnings: parsed.warnings, problems, ...(await unknownPlaces(parsed.case)),
      // Said, and focused (the button pressed is gone with the first step): where the person is now.
      ok: true, message: `The document is read into the form below${unplaced}. Nothing is stored until you save the draft.`,
    };
  }
  if (intent === "scratch") {
    const input = scratchSchema.safeParse({ city: form.get("city"), policyArea: form.get("policyArea") });
    if (!input.success) return { round, errors: z.flattenError(input.error).fieldErrors };
    const stored = await findCaseCatalog({ city: { slug: input.data.city }, policyArea: { slug: input.data.policyArea } } as CaseDocument);
    if (!stored.city || !stored.policyArea) return { round, errors: { ...(stored.city ? {} : { city: ["No such city"] }), ...(stored.policyArea ? {} : { policyArea: ["No such policy area"] }) } };
    const message = `An empty case for ${stored.city.name}: ${stored.policyArea.name}, in the form below. Nothing is stored until you save the draft.`;
    return { round, draft: emptyCase(stored.city, stored.policyArea), ok: true, message };
  }
  return null;
}

async function unknownPlaces(c: CaseDocument): Promise<Pick<EditorState, "newCity" | "newPolicyArea">> {
  const stored = await findCaseCatalog(c);
  return {
    newCity: stored.city ? undefined : { slug: c.city.slug, name: c.city.name, countryCode: c.city.country.code, countryName: c.city.country.name },
    newPolicyArea: stored.policyArea ? undefined : { slug: c.policyArea.slug, name: c.policyArea.name },
  };
}
