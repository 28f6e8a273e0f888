import { Fragment } from "react";
import type { SnippetPart } from "@/lib/search/snippet";

/** Text with the words a search matched marked: React escapes every part, nothing is read as HTML. */
export function HighlightedText({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 font-semibold text-stone-950">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
