import "server-only";
import { connection } from "next/server";
import { cache } from "react";
import { getPublishedCase, getWithdrawnCase, type PublishedCase, type WithdrawnCase } from "@/db/cases";
import { slugSchema } from "../case/schema";

/**
 * The published case a slug from an address names; null, without asking the database, for a slug that
 * cannot exist. Within one render the metadata and the page share one query.
 */
export const findPublishedCase = cache(async (slug: string): Promise<PublishedCase | null> => {
  await connection();
  return slugSchema.safeParse(slug).success ? getPublishedCase(slug) : null;
});

/** The case a slug from an address names, when it was published and is no longer: its page says so. */
export const findWithdrawnCase = cache(async (slug: string): Promise<WithdrawnCase | null> => {
  await connection();
  return slugSchema.safeParse(slug).success ? getWithdrawnCase(slug) : null;
});
