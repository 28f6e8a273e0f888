import { z } from "zod";
import { DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES, PASTED_TOO_LARGE } from "@/lib/form-limits";
import { decodeDocument } from "./parse-case";

/** A City Case Description as a form sends it: a Markdown file, or its text pasted. */
export const documentInputSchema = z.object({
  file: z.instanceof(File, { error: "Choose the document's file with the file field (what was sent in its place was text)" }).nullable().transform((f) => (f && f.size > 0 ? f : null))
    .refine((f) => !f || f.size <= MAX_DOCUMENT_BYTES, DOCUMENT_TOO_LARGE),
  text: z.string({ error: "Paste the document's text in the text field (what was sent in its place was a file)" }).max(MAX_DOCUMENT_BYTES, PASTED_TOO_LARGE).default(""),
}).refine((v) => v.file || v.text.trim(), { message: "Choose a Markdown file or paste the document's text", path: ["document"] });

/**
 * The document's text from a form's `file` and `text` fields (the file first), or what is wrong with them, said
 * for the page's one field, "document".
 */
export async function readDocumentInput(form: FormData): Promise<{ ok: true; text: string } | { ok: false; errors: string[] }> {
  const input = documentInputSchema.safeParse({ file: form.get("file"), text: form.get("text") ?? "" });
  if (!input.success) return { ok: false, errors: input.error.issues.map((i) => i.message) };
  if (!input.data.file) return { ok: true, text: input.data.text };
  const decoded = decodeDocument(new Uint8Array(await input.data.file.arrayBuffer()));
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, errors: [`This is ${decoded.error}`] };
}
