import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { connection } from "next/server";
import { FormattedDate } from "@/components/formatted-date";
import { RestoreForm } from "@/components/restore-form";
import { RevisionDiff } from "@/components/revision-diff";
import { Section } from "@/components/section";
import { CaseError } from "@/db/case-editing";
import { getCaseRevision, getRevisionContents } from "@/db/case-history";
import { listKnownPlaces } from "@/db/quality";
import type { Actor } from "@/lib/auth/roles";
import { caseName } from "@/lib/case/case-name";
import { withEditorsNoteOf } from "@/lib/case/editors-note";
import { sameContent } from "@/lib/case/same-content";
import { caseIs } from "@/lib/case/workflow";
import { addressNumberSchema } from "@/lib/case/schema";
import { diffRevisions, foldUnchanged } from "@/lib/history/revision-diff";
import type { RevisionContent } from "@/lib/history/revision-sections";
import { newSeriousProblems } from "@/lib/quality/check-case";
import { metadataOrForbidden } from "@/app/(editor)/page-access";
import { restoreRevisionAction } from "../../actions";
import { caseIdSchema, mayChange, orForbidden, readAsSignedIn } from "../../../editable-case";
import { historyPath } from "@/lib/history/restore";

type Props = { params: Promise<{ id: string; version: string }> };

/** The case and the revision asked for (not the whole history): one read for the page and its title; 404 when there is no such version. */
const loadRevision = cache(async (id: string, version: string) => {
  const { actor, result } = await readAsSignedIn(`${historyPath(id)}/restore/${version}`, (actor) => {
    const caseId = caseIdSchema.safeParse(id);
    const number = addressNumberSchema.safeParse(version);
    if (!caseId.success || !number.success) notFound();
    return getCaseRevision(actor, caseId.data, number.data);
  });
  if (!result) notFound();
  return { actor, ...result };
});

const loadRestore = async (params: Props["params"]) => {
  const { id, version } = await params;
  return loadRevision(id, version);
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  return metadataOrForbidden(async () => {
    const { case: c, revision } = await loadRestore(params);
    return { title: `Restore version ${revision.version} of ${caseName(c)}`, robots: { index: false } };
  });
}

/** What restoring an earlier version would change, and the restore itself, with its reason. */
export default async function RestoreRevisionPage({ params }: Props) {
  await connection();
  const { actor, case: c, revision } = await orForbidden(() => loadRestore(params));
  const historyHref = historyPath(c.id);
  const read = await orForbidden(() => readVersions(actor, c.id, c.version, revision.version));
  if ("problem" in read) return <Unreadable title={`Restore version ${revision.version} of ${caseName(c)}`} problem={read.problem} historyHref={historyHref} />;
  const { now } = read;
  // Restored as saveCase stores it: by a city editor, with the editors' note kept as it is (ekip's to write).
  const then = withEditorsNoteOf(actor, read.then, now.editorsNote);
  const mayGoAhead = mayChange(actor, c.status);
  const blocks = foldUnchanged(diffRevisions(now, then));
  // What a save would store, as saveCase decides it: links to organisations and the sample flag are not shown line by line.
  const isSame = sameContent(now, then);
  const isShown = blocks.some((b) => b.kind === "changed");
  const problems = c.status === "published" && !isSame ? newSeriousProblems(now, then, await listKnownPlaces()) : [];
  return (
    <div className="space-y-10">
      <header className="max-w-prose space-y-3">
        <h1>Restore version {revision.version} of {caseName(c)}</h1>
        <p><Link href={historyHref}>Back to the history</Link></p>
        <p>
          Version {revision.version} was saved <FormattedDate value={revision.createdAt} withTime /> by {revision.authorEmail ?? "someone unknown"}
          {revision.message ? <>: “{revision.message}”</> : null}.
        </p>
        {isSame ? (
          <p className="font-semibold">It holds what the case holds now (version {c.version}): there is nothing to restore.</p>
        ) : !mayGoAhead ? (
          <p>This case is {caseIs(c.status)}: a city editor can restore a revision while the case is a draft.</p>
        ) : (
          <p>
            Restoring it saves its content again as version {c.version + 1}; version {c.version} and every earlier one stay in the history.
            The case stays {caseIs(c.status)}{c.status === "published" ? ", so its public page shows the restored version at once" : ""}.
          </p>
        )}
      </header>
      {isSame ? null : (
        <>
          {problems.length ? (
            <section aria-labelledby="problems-title" className="max-w-prose space-y-2 rounded border border-amber-700 bg-amber-50 p-4">
              <h2 id="problems-title" className="text-xl">Serious problems it would put on the public page</h2>
              <ul className="list-disc pl-5">{problems.map((p, i) => <li key={i}>{p.message}</li>)}</ul>
            </section>
          ) : null}
          <Section id="changes" title="What restoring changes">
            {isShown ? (
              <>
                <p className="font-medium">From version {c.version} (now) to the content of version {revision.version}:</p>
                <RevisionDiff blocks={blocks} />
              </>
            ) : <p>No text changes: only what the sections do not show (the links of names to organisations, or the sample content flag).</p>}
          </Section>
          {mayGoAhead
            ? <RestoreForm action={restoreRevisionAction} caseId={c.id} version={revision.version} currentVersion={c.version} status={c.status} newProblems={problems.length} historyHref={historyHref} />
            : null}
        </>
      )}
    </div>
  );
}

/** The case's version now and the one to restore; what to say instead when one no longer fits the case format. */
async function readVersions(actor: Actor, caseId: number, current: number, version: number): Promise<{ now: RevisionContent; then: RevisionContent } | { problem: string }> {
  try {
    const contents = await getRevisionContents(actor, caseId, [current, version]);
    return { now: contents.get(current)!, then: contents.get(version)! };
  } catch (error) {
    if (error instanceof CaseError) return { problem: `${error.message}.` };
    throw error;
  }
}

function Unreadable({ title, problem, historyHref }: { title: string; problem: string; historyHref: string }) {
  return (
    <div className="max-w-prose space-y-3">
      <h1>{title}</h1>
      <p role="alert">{problem}</p>
      <p><Link href={historyHref}>Back to the history</Link></p>
    </div>
  );
}
