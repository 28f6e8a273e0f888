import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCaseHistory } from "@/db/case-history";
import { caseIdSchema, readAsSignedIn } from "../editable-case";

/** A case's history as the signed-in person reads it: one read for a page and its title; 404 for no such case. */
export const loadHistory = cache(async (id: string, returnTo: string) => {
  const { actor, result: history } = await readAsSignedIn(returnTo, (actor) => {
    const caseId = caseIdSchema.safeParse(id);
    if (!caseId.success) notFound();
    return getCaseHistory(actor, caseId.data);
  });
  if (!history) notFound();
  return { actor, ...history };
});
