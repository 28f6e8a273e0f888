import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { FORBIDDEN_TITLE, ForbiddenNotice } from "@/components/forbidden-notice";
import { REFUSAL_HEADER } from "@/lib/auth/refusal";

export const metadata: Metadata = { title: FORBIDDEN_TITLE, robots: { index: false } };

/**
 * /_forbidden: the forbidden page rendered whole, with the reason, for scripts/error-pages.mjs to send where Next
 * would leave it to the framework to draw. Asked for by nobody else.
 */
export default async function ForbiddenPage() {
  const reason = (await headers()).get(REFUSAL_HEADER);
  if (reason === null) notFound();
  return <ForbiddenNotice reason={Buffer.from(reason, "base64url").toString("utf8")} />;
}
