import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ArrivalMessage } from "@/components/arrival-message";
import { RevisionDiff } from "@/components/revision-diff";
import { RevisionList } from "@/components/revision-list";
import { StatusChangeList } from "@/components/status-change-list";
import { Section } from "@/components/section";
import { VersionPicker } from "@/components/version-picker";
import { CaseError } from "@/db/case-editing";
import { getRevisionContents } from "@/db/case-history";
import { listPublicVersions } from "@/db/case-versions";
import { caseVersionPath } from "@/lib/case/urls";
import type { Actor } from "@/lib/auth/roles";
import { diffRevisions, foldUnchanged } from "@/lib/history/revision-diff";
import { readVersionChoice } from "@/lib/history/version-choice";
import { historyPath, readRestored, restorePath } from "@/lib/history/restore";
import { loadHistory } from "./load-history";
import { mayChange, orForbidden } from "../editable-case";
import { caseName } from "@/lib/case/case-name";
import { STATUS_LABELS } from "@/lib/case/workflow";
import { metadataOrForbidden } from "@/app/(editor)/page-access";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const id = (await params).id;
  return metadataOrForbidden(async () => ({ title: `History of ${caseName((await loadHistory(id, historyPath(id))).case)}`, robots: { index: false } }));
}

export default async function CaseHistoryPage({ params, searchParams }: Props) {
  await connection();
  const { actor, case: c, revisions, statusChanges } = await orForbidden(async () => {
    const id = (await params).id;
    return loadHistory(id, historyPath(id));
  });
  const query = await searchParams;
  const choice = readVersionChoice(query, revisions.map((r) => r.version));
  const restored = readRestored(query, revisions.map((r) => r.version));
  const publicPages = new Map((await listPublicVersions(c.slug)).map(({ version }) => [version, caseVersionPath(c.slug, version)]));
  const title = `History of ${caseName(c)}`;
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1>{title}</h1>
        <p>
          <Link href={`/edit/cases/${c.id}`}>Back to editing the case</Link>
          {c.status === "published" ? <> · <Link href={`/cases/${c.slug}`}>Its public page</Link></> : null}
        </p>
        <p className="max-w-prose">
          Every save of the case is kept as a revision. Restoring one saves its content again as the newest version; the status of the case does not change.
          Every change of its status is kept too, with the note left with it.
        </p>
      </header>
      {restored ? <ArrivalMessage>Version {restored.version} restored: it is now version {restored.as}.</ArrivalMessage> : null}
      <Section id="status-changes" title={`Changes of status (${statusChanges.length})`}>
        <p>Now {STATUS_LABELS[c.status].toLowerCase()}.</p>
        <StatusChangeList changes={statusChanges} />
      </Section>
      <Section id="changes" title="Changes between two versions">
        {revisions.length < 2 ? <p>Only one version so far: nothing to compare.</p> : <Comparison actor={actor} caseId={c.id} versions={revisions.map((r) => r.version)} choice={choice} />}
      </Section>
      <Section id="revisions" title={`Revisions (${revisions.length})`}>
        {mayChange(actor, c.status) ? null : <p>A city editor can restore a revision while the case is a draft.</p>}
        {mayChange(actor, c.status) && c.status === "published" ? <p>The case is published: a version restored is on its public page at once.</p> : null}
        <RevisionList revisions={revisions} currentVersion={c.version} restoreHref={mayChange(actor, c.status) ? (v) => restorePath(c.id, v) : undefined} publicPages={publicPages} />
      </Section>
    </div>
  );
}

async function Comparison({ actor, caseId, versions, choice }: { actor: Actor; caseId: number; versions: number[]; choice: ReturnType<typeof readVersionChoice> }) {
  const { from, to } = choice;
  const problems = [...choice.problems];
  let blocks;
  try {
    const contents = await orForbidden(() => getRevisionContents(actor, caseId, [from, to]));
    blocks = foldUnchanged(diffRevisions(contents.get(from)!, contents.get(to)!));
  } catch (error) {
    if (!(error instanceof CaseError)) throw error;
    problems.push(error.message);
  }
  return (
    <div className="space-y-6">
      {problems.length ? (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">There is a problem</p>
          <ul className="list-disc pl-5">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
          {blocks ? <p>Showing the changes from version {from} to version {to} instead.</p> : null}
        </div>
      ) : null}
      <VersionPicker versions={versions} from={from} to={to} />
      {blocks ? (
        <>
          <p className="font-medium">Changes from version {from} to version {to}:</p>
          <RevisionDiff blocks={blocks} />
        </>
      ) : null}
    </div>
  );
}
