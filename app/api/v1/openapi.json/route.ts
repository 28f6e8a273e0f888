import { connection } from "next/server";
import { jsonResponse } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

// Built per request: its server address is the site's public address, which is set when the app starts, not when it is built.
export async function GET() {
  await connection();
  return jsonResponse(openApiDocument());
}
