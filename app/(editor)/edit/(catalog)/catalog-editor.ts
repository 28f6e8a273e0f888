import "server-only";
import type { Metadata } from "next";
import { can, type Actor } from "@/lib/auth/roles";
import { metadataUnlessRefused, readerOf, titleUnlessRefused } from "@/app/(editor)/page-access";

const mayManageCatalog = (actor: Actor) => can(actor, "catalog:manage");

/** generateMetadata of a catalog page: the forbidden title for those who may not manage it (see page-access.ts). */
export const catalogTitle = (title: string) => titleUnlessRefused(mayManageCatalog, title);

/** A catalog page's metadata, read only for those who may manage the catalog. */
export const catalogMetadata = (read: () => Promise<Metadata>) => metadataUnlessRefused(mayManageCatalog, read);

/** The person on a catalog page: anonymous visitors are sent to sign in, those who may not manage it get 403. */
export const catalogEditor = (path: string): Promise<Actor> => readerOf(path, mayManageCatalog);

export const button = "rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900";
