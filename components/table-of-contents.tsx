export type ContentsEntry = { id: string; title: string };

/**
 * The sections of a case, beside it on a wide screen and above it on a narrower one; folded on a phone (globals.css),
 * where a dozen lines would push the case's first words a screen down.
 */
export function TableOfContents({ entries }: { entries: ContentsEntry[] }) {
  return (
    <details className="folded-on-phones mb-10 rounded-lg border border-stone-200 bg-stone-50 p-5 lg:sticky lg:top-6 lg:mb-0 lg:max-h-[calc(100dvh-3rem)] lg:self-start lg:overflow-y-auto print:hidden">
      <summary className="cursor-pointer text-sm font-semibold tracking-wide text-stone-700 uppercase">Contents</summary>
      <nav aria-label="Contents">
        <h2 className="hidden text-sm font-semibold tracking-wide text-stone-700 uppercase sm:block">Contents</h2>
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
    </details>
  );
}
