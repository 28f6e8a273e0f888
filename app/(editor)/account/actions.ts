"use server";

import { forbidden } from "next/navigation";
import { signOut } from "@/auth";
import { endSession, signOutEverywhere } from "@/db/users";
import { getCurrentActor, getCurrentSessionId } from "@/lib/auth/current-actor";

/** Ends this session on the server too: a copy of its cookie (a request in flight, a stolen one) no longer works. */
export async function signOutAction(): Promise<void> {
  const sessionId = await getCurrentSessionId();
  if (sessionId) await endSession(sessionId);
  await signOut({ redirectTo: "/" });
}

/** Ends this person's sessions on every device, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const actor = await getCurrentActor();
  if (!actor) forbidden();
  await signOutEverywhere(actor);
  await signOut({ redirectTo: "/sign-in" });
}
