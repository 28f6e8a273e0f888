import { NextResponse } from "next/server";
import { suggestOrganisations } from "@/db/case-editor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { organisationSuggestionQuerySchema } from "@/lib/catalog/schemas";
import { firstValues } from "@/lib/search/query-params";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** Organisations whose name contains what someone editing a case has typed: for the editor's list of suggestions. */
export async function GET(request: Request) {
  const actor = await getCurrentActor();
  if (!actor) return NextResponse.json({ error: { message: "Sign in to look up organisations." } }, { status: 401, headers: PRIVATE });
  const query = organisationSuggestionQuerySchema.safeParse(firstValues(new URL(request.url).searchParams));
  if (!query.success) return NextResponse.json({ error: { message: query.error.issues[0]!.message } }, { status: 400, headers: PRIVATE });
  return NextResponse.json({ organisations: await suggestOrganisations(actor, query.data.q) }, { headers: PRIVATE });
}
