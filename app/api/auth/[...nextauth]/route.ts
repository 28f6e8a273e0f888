import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { withoutEndedSessionRenewal } from "@/lib/auth/ended-session-renewal";

export const { POST } = handlers;

/** Asked for the session (the session keeper asks), Auth.js renews its cookie: not an ended one's, as in the proxy. */
export async function GET(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(request);
  return request.nextUrl.pathname === "/api/auth/session" ? withoutEndedSessionRenewal(request, response) : response;
}
