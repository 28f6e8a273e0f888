import "server-only";
import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { FORBIDDEN_TITLE } from "@/components/forbidden-notice";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { ForbiddenError, type Actor } from "@/lib/auth/roles";
import { signInPath } from "@/lib/auth/sign-in-path";

/** The person reading an editors' page: signed out goes to sign in (back to `path`), refused by `may` gets 403. */
export async function readerOf(path: string, may: (actor: Actor) => boolean): Promise<Actor> {
  await connection();
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath(path));
  if (!may(actor)) forbidden();
  return actor;
}

/*
 * Followed by a link in the app, a refused page keeps its metadata's title (Next's not-found one when the metadata
 * refuses too), and React shows the title put in last: that is the metadata's, after forbidden.tsx's own. So a page
 * that may refuse says the forbidden title in its metadata as well.
 */
const FORBIDDEN_METADATA: Metadata = { title: FORBIDDEN_TITLE, robots: { index: false } };

/** A page's metadata, or the forbidden page's for a person `may` refuses (or no one: pages that send them to sign in need no title). */
export async function metadataUnlessRefused(may: (actor: Actor) => boolean, read: () => Promise<Metadata>): Promise<Metadata> {
  await connection();
  const actor = await getCurrentActor();
  return actor && may(actor) ? read() : FORBIDDEN_METADATA;
}

/** generateMetadata for an editors' page with a fixed title that `may` refuses to some. */
export function titleUnlessRefused(may: (actor: Actor) => boolean, title: string): () => Promise<Metadata> {
  return () => metadataUnlessRefused(may, async () => ({ title, robots: { index: false } }));
}

/** A page's metadata, or the forbidden page's when reading it throws a ForbiddenError (rights that depend on the case). */
export async function metadataOrForbidden(read: () => Promise<Metadata>): Promise<Metadata> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ForbiddenError) return FORBIDDEN_METADATA;
    throw error;
  }
}
