import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { CasePage } from "@/components/case-page";
import { getPublishedCase } from "@/db/cases";
import { slugSchema } from "@/lib/case/schema";

type Props = { params: Promise<{ slug: string }> };

// The metadata and the page render in the same request; one query serves both.
// A slug that cannot exist is answered 404 without asking the database.
const getCase = cache(async (slug: string) => (slugSchema.safeParse(slug).success ? getPublishedCase(slug) : null));

/** The first sentence of a Markdown text, as plain text short enough for a description. */
function firstSentence(markdown: string): string {
  const plain = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const sentence = plain.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? plain;
  return sentence.length > 200 ? `${sentence.slice(0, 197).trimEnd()}…` : sentence;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const caseDocument = await getCase((await params).slug);
  if (!caseDocument) notFound();
  const { city, policyArea } = caseDocument;
  return {
    title: `${city.name} · ${policyArea.name}`,
    description:
      firstSentence(caseDocument.policyAreaIntro) ||
      firstSentence(caseDocument.cityIntro) ||
      `How ${city.name}, ${city.country.name}, assessed ${policyArea.name} for its cultural and creative industries.`,
  };
}

export default async function CaseRoute({ params }: Props) {
  await connection();
  const caseDocument = await getCase((await params).slug);
  if (!caseDocument) notFound();
  return <CasePage caseDocument={caseDocument} />;
}
