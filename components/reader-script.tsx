import { headers } from "next/headers";

/**
 * What public pages do with JavaScript, in one small inline script: readers who are not signed in get pages
 * without the framework's scripts (scripts/reader-page.mjs, decision 0008), so nothing here may need React.
 * It listens on the document, so it keeps working across the client-side navigations signed-in people make.
 */
function enhanceReading() {
  // A button marked data-print opens the browser's print dialog (globals.css hides it where scripts do not run).
  document.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("button[data-print]")) window.print();
  });
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
