import { Markdown } from "./markdown";

/** The context of a case, with the focus the participants selected set apart. */
export function CaseContext({ context, selectedFocus }: { context: string; selectedFocus: string }) {
  return (
    <div className="space-y-6">
      <Markdown>{context}</Markdown>
      {selectedFocus.trim() !== "" && (
        <div className="callout max-w-[70ch] space-y-2 rounded-lg border-l-4 border-teal-700 bg-teal-50 px-5 py-4">
          <h3 className="text-base">Selected focus</h3>
          <Markdown>{selectedFocus}</Markdown>
        </div>
      )}
    </div>
  );
}
