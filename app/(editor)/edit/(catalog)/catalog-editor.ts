import "server-only";
import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { can, type Actor } from "@/lib/auth/roles";
import { signInPath } from "@/lib/auth/sign-in-path";
import { metadataUnlessRefused, titleUnlessRefused } from "@/app/(editor)/refused-title";

const mayManageCatalog = (actor: Actor) => can(actor, "catalog:manage");

/** generateMetadata of a catalog page: the forbidden title for those who may not manage it (see refused-title.ts). */
export const catalogTitle = (title: string) => titleUnlessRefused(mayManageCatalog, title);

/** A catalog page's metadata, read only for those who may manage the catalog. */
export const catalogMetadata = (read: () => Promise<Metadata>) => metadataUnlessRefused(mayManageCatalog, read);

/** The person on a catalog page: anonymous visitors are sent to sign in, those who may not manage it get 403. */
export async function catalogEditor(path: string): Promise<Actor> {
  await connection();
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath(path));
  if (!mayManageCatalog(actor)) forbidden();
  return actor;
}

export const button = "rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900";
