/**
 * Opens the browser's print dialog (components/reader-script.tsx). Hidden where scripts do not run
 * (globals.css): without them it could do nothing.
 */
export function PrintButton() {
  return (
    <button
      type="button"
      data-print
      className="rounded-md border border-teal-800 bg-teal-800 px-4 py-1.5 font-semibold text-white hover:bg-teal-900"
    >
      Print
    </button>
  );
}
