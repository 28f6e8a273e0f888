import "server-only";
import { z } from "zod";
import { MAX_INTEGER } from "./case/schema";
import { currentRequestRecord } from "./request-record";

/** What useActionState sends back as a form's previous answer: an object, whose fields are each read as optional. */
const stateSchema = z.looseObject({});
const formSchema = z.instanceof(FormData);
const caseIdSchema = z.number().int().positive().max(MAX_INTEGER);

/**
 * What a server action was called with, as the site's own forms call it. A request made by hand may send anything
 * in their place: it is refused before the action does anything, and the server in front answers it 400
 * (scripts/error-pages.mjs), as it does a call Next could not read at all.
 */
export function sentForm(form: unknown, state?: unknown): FormData {
  const sent = formSchema.safeParse(form);
  if (!sent.success) malformed("its fields were not a form");
  if (state !== undefined && !stateSchema.safeParse(state).success) malformed("the form's previous answer was not the one the site gave");
  accepted();
  return sent.data!;
}

/** The id an editor's form is bound to, checked as sentForm checks its form. */
export function sentCaseId(caseId: unknown): number {
  const sent = caseIdSchema.safeParse(caseId);
  if (!sent.success) malformed("the case it is bound to was not a case id");
  return sent.data!;
}

/** An action called with nothing to read (signing out): what it was sent is not looked at. */
export function accepted(): void {
  const record = currentRequestRecord();
  if (record) record.actionAccepted = true;
}

function malformed(what: string): never {
  const record = currentRequestRecord();
  const message = `This was not sent as the site's forms send it (${what}): nothing was changed.`;
  if (record) record.malformedAction = message;
  throw new MalformedActionError(message);
}

class MalformedActionError extends Error {}
