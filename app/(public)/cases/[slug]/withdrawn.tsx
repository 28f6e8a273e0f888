import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { WithdrawnCase } from "@/components/withdrawn-case";
import { findMovedCase, findWithdrawnCase } from "@/lib/api/published-case";
import { addressNumberSchema } from "@/lib/case/schema";
import { casePath, caseUrl } from "@/lib/case/urls";
import { answerGone } from "@/lib/request-record";
import { SITE_NAME } from "@/lib/site";

/**
 * The case an address names, once it is no longer published; not found when it never was, or when the address is of
 * one of its versions (`version`, as written) but names no version. An earlier address of a case (an editor changed
 * it) leads for good to the same page (`rest`, what follows the case's address) at its address now.
 */
async function findWithdrawn(slug: string, version?: string, rest = "") {
  if (version !== undefined && !addressNumberSchema.safeParse(version).success) notFound();
  const withdrawn = await findWithdrawnCase(slug);
  if (withdrawn) return withdrawn;
  const moved = await findMovedCase(slug);
  if (moved) permanentRedirect(`${casePath(moved)}${rest}`);
  notFound();
}

/**
 * What the address of a case (or of one of its versions) says once the case is no longer published: that it was
 * (410, not indexed), so that citations of it do not end in "not found".
 */
export async function withdrawnMetadata(slug: string, version?: string, rest?: string): Promise<Metadata> {
  const withdrawn = await findWithdrawn(slug, version, rest);
  const title = "This case is no longer published";
  const description = `The case at /cases/${withdrawn.slug} was published and is no longer.`;
  return { title, description, robots: { index: false }, openGraph: { type: "website", siteName: SITE_NAME, url: caseUrl(withdrawn.slug), title, description } };
}

export async function WithdrawnPage({ slug, version, rest }: { slug: string; version?: string; rest?: string }) {
  const withdrawn = await findWithdrawn(slug, version, rest);
  answerGone();
  return <WithdrawnCase withdrawn={withdrawn} />;
}
