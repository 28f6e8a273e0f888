import "server-only";
import { connection } from "next/server";
import { cache } from "react";
import { getPublishedCase, getWithdrawnCase } from "@/db/cases";
import { slugSchema } from "../case/schema";

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
