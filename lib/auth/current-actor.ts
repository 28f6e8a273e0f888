import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import { getSessionActor } from "@/db/users";
import type { Actor } from "./roles";

/**
 * Who is asking, read fresh from the database: a deactivated account, a changed role or "sign out
 * everywhere" takes effect on the very next request. Null for anyone not signed in.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { uid?: number; sv?: number } | null;
  if (!session?.uid || !session.sv) return null;
  return getSessionActor(session.uid, session.sv);
});
