/**
 * A reference to paste, and a button that copies it, saying whether it could in a polite live region
 * (components/reader-script.tsx). Where scripts do not run the button is hidden (globals.css), as on paper: the text
 * stays to select. `of` names what is cited for screen readers, where a page lists many such buttons.
 */
export function CopyableCitation({ text, className, of }: { text: string; className: string; of?: string }) {
  return (
    <div data-citation="" className="space-y-2">
      <p data-citation-text="" className={className}>{text}</p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm print:hidden">
        <button type="button" data-copy-citation="" className="rounded-md border border-teal-800 px-3 py-1 font-semibold text-teal-900 hover:bg-teal-50">
          Copy citation{of ? <span className="sr-only"> of {of}</span> : null}
        </button>
        <span role="status" className="text-stone-800" />
      </div>
    </div>
  );
}
