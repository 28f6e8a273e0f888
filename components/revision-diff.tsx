import type { DiffBlock, LineDiff, WordRun } from "@/lib/history/revision-diff";

/**
 * Underline and strike-through survive high-contrast modes where colour does not; the hidden words are for screen
 * readers, within a changed entry only (a whole entry added or removed says so once, before it).
 */
function Words({ words, isWhole }: { words: WordRun[]; isWhole: boolean }) {
  const said = (word: string) => (isWhole ? null : <span className="sr-only">{word}: </span>);
  return words.map((w, i) =>
    w.change === "added" ? (
      <ins key={i} className="rounded-sm bg-teal-100 px-0.5 text-teal-950 underline decoration-2">{said("added")}{w.text}</ins>
    ) : w.change === "removed" ? (
      <del key={i} className="rounded-sm bg-red-100 px-0.5 text-red-900 line-through">{said("removed")}{w.text}</del>
    ) : (
      <span key={i}>{w.text}</span>
    ),
  );
}

const LABELS = { added: "Added", removed: "Removed", changed: "Changed" } as const;

function Line({ line }: { line: LineDiff }) {
  if (line.kind === "unchanged") {
    return <li className="text-stone-700 italic">{line.count === 1 ? "1 entry unchanged" : `${line.count} entries unchanged`}</li>;
  }
  return (
    <li className="max-w-prose">
      <strong className="mr-1 text-sm uppercase">{LABELS[line.kind]}:</strong> <Words words={line.words} isWhole={line.kind !== "changed"} />
    </li>
  );
}

/**
 * Two revisions of a case compared, section by section. `whose`: beside the editor, whose sections have the same
 * headings, each changed section is named "Their changes: Participants" and so on, so that no two regions share a name.
 */
export function RevisionDiff({ blocks, whose, headingLevel = 3 }: { blocks: DiffBlock[]; whose?: string; headingLevel?: 2 | 3 | 4 }) {
  const Heading = (["h2", "h3", "h4"] as const)[headingLevel - 2]!;
  if (blocks.every((b) => b.kind === "unchanged")) return <p>These two versions have the same content.</p>;
  return (
    <div className="space-y-6">
      {blocks.map((block, i) =>
        block.kind === "unchanged" ? (
          <p key={i} className="text-stone-700">Unchanged: {block.headings.join(", ")}.</p>
        ) : (
          <section key={i} aria-labelledby={whose ? undefined : `diff-${i}`} aria-label={whose ? `${whose} changes: ${block.section.heading}` : undefined} className="space-y-2">
            <Heading id={`diff-${i}`}>{block.section.heading}</Heading>
            <ul className="space-y-2">
              {block.section.lines.map((line, k) => <Line key={k} line={line} />)}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}
