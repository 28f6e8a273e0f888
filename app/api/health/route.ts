import { connection } from "next/server";
import { checkDatabase } from "@/db/health";

/** For load balancers and monitors: 200 when this instance can reach its database, else 503. Never cached. */
export async function GET() {
  await connection();
  const database = await checkDatabase({ timeoutMs: 2000 });
  const ok = database === "ok";
  return Response.json(ok ? { status: "ok", database } : { status: "unavailable", database }, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(ok ? {} : { "Retry-After": "5" }) },
  });
}
