import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormattedDate } from "@/components/formatted-date";
import { RevisionDiff } from "@/components/revision-diff";
import { findPublicVersion } from "@/lib/api/published-case";
import { caseDocumentName } from "@/lib/case/case-name";
import type { CaseDocument } from "@/lib/case/schema";
import { casePath, caseVersionPath } from "@/lib/case/urls";
import { diffRevisions, foldUnchanged } from "@/lib/history/revision-diff";
import { withdrawnMetadata, WithdrawnPage } from "../../../withdrawn";

type Props = { params: Promise<{ slug: string; version: string }> };

/** The version asked and the newest, both readable; null when the version is not (a withdrawn case's answer is its own). */
async function findBoth(slug: string, version: string) {
  const asked = await findPublicVersion(slug, version);
  if (!asked) return null;
  const newest = asked.versions[0]!;
  const now = newest.version === asked.caseDocument.version ? asked : await findPublicVersion(slug, String(newest.version));
  if (!now) notFound();
  return { asked: asked.caseDocument, now: now.caseDocument };
}

const changesTitle = (asked: CaseDocument & { version: number }) => `What changed in ${caseDocumentName(asked)} since version ${asked.version}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, version } = await params;
  const both = await findBoth(slug, version);
  if (!both) return withdrawnMetadata(slug, version, `/versions/${version}/changes`);
  return { title: changesTitle(both.asked), robots: { index: false } };
}

/** What a reader who cited an earlier version wants to know: what the case says differently now, section by section. */
export default async function CaseChangesRoute({ params }: Props) {
  const { slug, version } = await params;
  const both = await findBoth(slug, version);
  if (!both) return <WithdrawnPage slug={slug} version={version} rest={`/versions/${version}/changes`} />;
  const { asked, now } = both;
  const title = changesTitle(asked);
  const isNewest = asked.version === now.version;
  return (
    <article aria-labelledby="changes-title" className="space-y-8">
      <header className="prose-text space-y-3">
        <h1 id="changes-title">{title}</h1>
        {isNewest ? (
          <p>
            <Link href={casePath(now.slug)}>Version {now.version}</Link>, last updated <FormattedDate value={now.updatedAt} />, is the newest: nothing has changed since.
          </p>
        ) : (
          <p>
            From <Link href={caseVersionPath(asked.slug, asked.version)}>version {asked.version}</Link>, last updated{" "}
            <FormattedDate value={asked.updatedAt} />, to <Link href={casePath(now.slug)}>the newest, version {now.version}</Link>, last updated{" "}
            <FormattedDate value={now.updatedAt} />.
          </p>
        )}
      </header>
      {isNewest ? null : <RevisionDiff blocks={foldUnchanged(diffRevisions(asked, now))} headingLevel={2} />}
    </article>
  );
}
