import { headers } from "next/headers";

/**
 * What public pages do with JavaScript, in one small inline script: readers who are not signed in get pages
 * without the framework's scripts (scripts/reader-page.mjs, decision 0008), so nothing here may need React.
 * It listens on the document, so it keeps working across the client-side navigations signed-in people make.
 */
function enhanceReading() {
  // A button marked data-print opens the browser's print dialog, one marked data-copy-citation copies the reference
  // beside it (components/copyable-citation.tsx); globals.css hides both where scripts do not run.
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-print], button[data-copy-citation]") : null;
    if (button?.hasAttribute("data-print")) window.print();
    else if (button) copyCitation(button.closest("[data-citation]"));
  });
  // Said in the live region beside the button; emptied first, so that a second copy is announced again. The
  // clipboard is missing where the page is not a secure context (plain http): the reader is told to copy by hand.
  function copyCitation(citation: Element | null) {
    const status = citation?.querySelector("[role=status]");
    const say = (words: string) => void (status && (status.textContent = words));
    say("");
    const text = citation?.querySelector("[data-citation-text]")?.textContent ?? "";
    (navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject(new Error("no clipboard")))
      .then(() => say("Citation copied."), () => say("The citation could not be copied: select its text and copy it."));
  }
  // A search form sends only the fields filled in, so its address reads ?q=funding, not ?q=funding&city=&year=
  // (without scripts the empty ones are sent, and mean "any"). formdata does not bubble: listen while it descends.
  // Only forms that say method="get": a form whose action is a server action has no method, so reads as "get"
  // too, and every `new FormData(form)` fires formdata, where an empty field must stay (a name left to fill in).
  document.addEventListener("formdata", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.getAttribute("method")?.toLowerCase() !== "get") return;
    const filled = [...event.formData].filter(([, value]) => value !== "");
    for (const name of new Set(event.formData.keys())) event.formData.delete(name);
    for (const [name, value] of filled) event.formData.append(name, value);
  }, true);
}

const SCRIPT = `(${enhanceReading.toString()})()`;

export async function ReaderScript() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
