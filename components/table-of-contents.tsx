export type ContentsEntry = { id: string; title: string };

export function TableOfContents({ entries }: { entries: ContentsEntry[] }) {
  return (
    <nav
      aria-label="Contents"
      className="mb-10 rounded-lg border border-stone-200 bg-stone-50 p-5 lg:sticky lg:top-6 lg:mb-0 lg:max-h-[calc(100dvh-3rem)] lg:self-start lg:overflow-y-auto"
    >
      <h2 className="text-sm font-semibold tracking-wide text-stone-700 uppercase">Contents</h2>
      <ol className="mt-3 space-y-2 text-sm leading-snug">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} className="text-stone-900 no-underline hover:underline">
              {entry.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
