"use server";

import { revalidatePath } from "next/cache";
import { forbidden } from "next/navigation";
import { markChangesSeen } from "@/db/dashboard";
import { getCurrentActor } from "@/lib/auth/current-actor";

/** "Mark as seen" on the dashboard: the next visit lists only what changes after now. */
export async function markChangesSeenAction(): Promise<void> {
  const actor = await getCurrentActor();
  if (!actor) forbidden();
  await markChangesSeen(actor);
  revalidatePath("/edit");
}
