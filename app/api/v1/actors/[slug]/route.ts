import { connection, type NextRequest } from "next/server";
import { getActor, getMergedActorSlug } from "@/db/actors";
import { actorBody } from "@/lib/api/bodies";
import { jsonError, jsonContent, movedTo, noSuchActor } from "@/lib/api/http";
import { noQuerySchema } from "@/lib/api/schemas";
import { slugSchema } from "@/lib/case/schema";
import { parseParams, refusedParameter } from "@/lib/search/query-params";
import { absoluteUrl } from "@/lib/site";

/** An organisation and every published case that names it; one merged into another redirects there, as its page does. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const query = parseParams(noQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.error);
  const asked = slugSchema.safeParse(slug);
  if (!asked.success) return jsonError(400, refusedParameter("slug", asked.error.issues[0]!.message));
  const actor = await getActor(slug);
  if (actor) return jsonContent(request, actorBody(actor));
  const kept = await getMergedActorSlug(slug);
  if (kept) return movedTo(absoluteUrl(`/api/v1/actors/${kept}`));
  return jsonError(404, { message: noSuchActor(slug) });
}
