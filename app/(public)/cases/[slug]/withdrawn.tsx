import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WithdrawnCase } from "@/components/withdrawn-case";
import { findWithdrawnCase } from "@/lib/api/published-case";
import { caseUrl } from "@/lib/case/urls";
import { answerGone } from "@/lib/request-record";
import { SITE_NAME } from "@/lib/site";

/**
 * What the address of a case (or of one of its versions) says once the case is no longer published: that it was
 * (410, not indexed), so that citations of it do not end in "not found". Not found when it never was.
 */
export async function withdrawnMetadata(slug: string): Promise<Metadata> {
  const withdrawn = await findWithdrawnCase(slug);
  if (!withdrawn) notFound();
  const title = "This case is no longer published";
  const description = `The case at /cases/${withdrawn.slug} was published and is no longer.`;
  return { title, description, robots: { index: false }, openGraph: { type: "website", siteName: SITE_NAME, url: caseUrl(withdrawn.slug), title, description } };
}

export async function WithdrawnPage({ slug }: { slug: string }) {
  const withdrawn = await findWithdrawnCase(slug);
  if (!withdrawn) notFound();
  answerGone();
  return <WithdrawnCase withdrawn={withdrawn} />;
}
