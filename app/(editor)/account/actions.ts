"use server";

import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { signOut } from "@/auth";
import { signOutEverywhere } from "@/db/users";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { requestAddress } from "@/lib/auth/request-address";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** Ends this person's sessions on every device, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await getCurrentActor();
  if (!actor) forbidden();
  await signOutEverywhere(actor, requestAddress(await headers()));
  await signOut({ redirectTo: "/sign-in" });
}
