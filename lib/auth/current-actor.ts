import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { z } from "zod";
import { auth } from "@/auth";
import { getSessionActor } from "@/db/users";
import { requestAddress } from "./request-address";
import type { Actor } from "./roles";

/**
 * Who is asking, read fresh from the database: a deactivated account, a changed role, "sign out
 * everywhere" or signing out takes effect on the very next request. Null for anyone not signed in. With the
 * request's address, so that every change the audit log records says from where, whichever path wrote it.
 */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await currentSession();
  if (!session?.uid || !session.sv || !session.sid) return null;
  const actor = await getSessionActor(session.uid, session.sv, session.sid);
  return actor && { ...actor, address: requestAddress(await headers()) };
});

/** The id of this session (auth.ts names each one at sign-in), for ending it. */
export async function getCurrentSessionId(): Promise<string | null> {
  return (await currentSession())?.sid ?? null;
}

const sessionIdSchema = z.uuid();

async function currentSession(): Promise<{ uid?: number; sv?: number; sid?: string } | null> {
  const session = (await auth()) as { uid?: number; sv?: number; sid?: unknown } | null;
  if (!session) return null;
  const sid = sessionIdSchema.safeParse(session.sid);
  return { uid: session.uid, sv: session.sv, sid: sid.success ? sid.data : undefined };
}
