import { getCurrentActor } from "@/lib/auth/current-actor";

/**
 * Whether this browser's session still holds, as the pages and actions judge it: the database's word (signed
 * out everywhere, deactivated, password reset), not only the token's. The editor asks before each save.
 */
export async function GET() {
  const actor = await getCurrentActor();
  return Response.json({ signedIn: actor !== null }, { headers: { "Cache-Control": "no-store" } });
}
