"use client";

/** An editor page that failed: what was typed in a case is kept in this browser, and offered back on reload. */
export default function EditorError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-4">
      <h1>Something went wrong</h1>
      <p>Nothing you typed in a case is lost: this browser keeps it until it is saved, and offers it back when you open the case again.</p>
      <p>
        <button type="button" onClick={() => window.location.reload()} className="rounded bg-teal-800 px-4 py-2 font-semibold text-white">Reload the page</button>{" "}
        <button type="button" onClick={reset} className="rounded border border-stone-600 px-4 py-2">Try again</button>
      </p>
    </div>
  );
}
