import { leadInRest } from "@/lib/case/findings";
import { Markdown } from "./markdown";

/** Every ASCII punctuation mark escaped, so a title reads as written inside Markdown. */
const escapeMarkdown = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, "\\$&");

/**
 * A finding's title and body as the document wrote them: the title in bold above its body or, when the body is a
 * sentence that opens with the title ("Link the pilot to European networks such as…"), in bold at its start.
 */
export function FindingText({ title, body }: { title: string; body: string }) {
  const rest = leadInRest({ title, body });
  if (rest !== null) return <Markdown>{`**${escapeMarkdown(title)}**${rest}`}</Markdown>;
  return (
    <>
      <p className="break-after-avoid">
        <strong>{title}</strong>
      </p>
      <Markdown>{body}</Markdown>
    </>
  );
}
