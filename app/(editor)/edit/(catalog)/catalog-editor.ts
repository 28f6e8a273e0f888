import "server-only";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { can, type Actor } from "@/lib/auth/roles";
import { signInPath } from "@/lib/auth/sign-in-path";

/** The person on a catalog page: anonymous visitors are sent to sign in, those who may not manage it get 403. */
export async function catalogEditor(path: string): Promise<Actor> {
  await connection();
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "catalog:manage")) forbidden();
  return actor;
}

export const button = "rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900";
