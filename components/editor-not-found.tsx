import Link from "next/link";

export const EDITOR_NOT_FOUND_TITLE = "Not found";

/** The editors' own 404: their cases are found whatever their status, so "not published yet" is no reason here. */
export function EditorNotFoundNotice() {
  return (
    <div className="prose-text space-y-4">
      <h1>{EDITOR_NOT_FOUND_TITLE}</h1>
      <p>There is no case, city, organisation or page at this address: the link may be mistyped, or what it named was removed or merged.</p>
      <p>
        <Link href="/edit">Go to all cases</Link>.
      </p>
    </div>
  );
}
