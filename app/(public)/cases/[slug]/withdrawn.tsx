import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WithdrawnCase } from "@/components/withdrawn-case";
import { findWithdrawnCase } from "@/lib/api/published-case";
import { addressNumberSchema } from "@/lib/case/schema";
import { caseUrl } from "@/lib/case/urls";
import { answerGone } from "@/lib/request-record";
import { SITE_NAME } from "@/lib/site";

/**
 * The case an address names, once it is no longer published; not found when it never was, or when the address is of
 * one of its versions (`version`, as written) but names no version.
 */
async function findWithdrawn(slug: string, version?: string) {
  if (version !== undefined && !addressNumberSchema.safeParse(version).success) notFound();
  const withdrawn = await findWithdrawnCase(slug);
  if (!withdrawn) notFound();
  return withdrawn;
}

/**
 * What the address of a case (or of one of its versions) says once the case is no longer published: that it was
 * (410, not indexed), so that citations of it do not end in "not found".
 */
export async function withdrawnMetadata(slug: string, version?: string): Promise<Metadata> {
  const withdrawn = await findWithdrawn(slug, version);
  const title = "This case is no longer published";
  const description = `The case at /cases/${withdrawn.slug} was published and is no longer.`;
  return { title, description, robots: { index: false }, openGraph: { type: "website", siteName: SITE_NAME, url: caseUrl(withdrawn.slug), title, description } };
}

export async function WithdrawnPage({ slug, version }: { slug: string; version?: string }) {
  const withdrawn = await findWithdrawn(slug, version);
  answerGone();
  return <WithdrawnCase withdrawn={withdrawn} />;
}
