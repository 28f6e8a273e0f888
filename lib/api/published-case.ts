import "server-only";
import { connection } from "next/server";
import { cache } from "react";
import { getPublicVersion } from "@/db/case-versions";
import { getMovedCase, getPublishedCase, getWithdrawnCase } from "@/db/cases";
import { addressNumberSchema, slugSchema } from "../case/schema";
import { movedCaseUrl } from "../case/urls";
import { movedTo } from "./http";

/**
 * A read by a slug from an address: null, without asking the database, for a slug that cannot exist. Within
 * one render the metadata and the page share one query.
 */
const bySlugFromAddress = <T>(read: (slug: string) => Promise<T | null>) =>
  cache(async (slug: string): Promise<T | null> => {
    await connection();
    return slugSchema.safeParse(slug).success ? read(slug) : null;
  });

/** The published case a slug from an address names. */
export const findPublishedCase = bySlugFromAddress(getPublishedCase);

/** The case a slug from an address names, when it was published and is no longer: its page says so. */
export const findWithdrawnCase = bySlugFromAddress(getWithdrawnCase);

/** The address now of a case whose earlier address this is: the earlier one leads there. */
export const findMovedCase = bySlugFromAddress(getMovedCase);

/** A download's or the API's answer at a case's earlier address: 308 to the same at its address now; null for none. */
export async function answerMovedCase(request: Request, slug: string): Promise<Response | null> {
  const moved = await findMovedCase(slug);
  return moved ? movedTo(movedCaseUrl(request.url, slug, moved)) : null;
}

/** The version of a published case that an address names (`/cases/{slug}/versions/{version}`), when readers may read it. */
export const findPublicVersion = cache(async (slug: string, version: string) => {
  await connection();
  const number = addressNumberSchema.safeParse(version);
  return number.success && slugSchema.safeParse(slug).success ? getPublicVersion(slug, number.data) : null;
});
