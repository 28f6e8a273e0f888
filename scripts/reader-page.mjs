// A public page as readers who are not signed in get it: Next's HTML without the framework's scripts (decision 0008).
// Plain Node, used by scripts/page-cache.mjs.
//
// Every public page is rendered on the server and works without JavaScript (tested); the App Router runtime and
// React (about 130 kB compressed) and the page's data for hydration (most of its HTML) only buy client-side
// navigation. What readers need from script (the compare picker that submits itself, the print button) is the
// page's own inline script (components/reader-script.tsx), which stays.
//
// Matching tags with expressions is sound here because the HTML is React's own output: React escapes `<` in text
// and attribute values, and Next escapes it inside its inline scripts, so `<script` and `</script>` occur only as
// tags, and a script element ends at the first `</script>` (the HTML tokenizer's own rule).

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const LINK_ELEMENT = /<link\b[^>]*>/g;
const FRAMEWORK_FILE = /\ssrc="\/_next\//;
// Next's inline scripts: the flight data for hydration (`self.__next_f`) and Turbopack's chunk list.
const FRAMEWORK_INLINE = /^\s*\(?\s*(self\.__next_[fs]\b|\(?globalThis\["TURBOPACK"\])/;
const SCRIPT_PRELOAD = /\srel="(preload|modulepreload)"/;
const SCRIPT_FILE = /\shref="\/_next\/[^"]*\.js"/;

/** The page's HTML without Next's scripts and the hints that preload them; everything else as it was. */
export function withoutFrameworkScripts(html) {
  return html
    .replace(SCRIPT_ELEMENT, (element, attributes, body) =>
      FRAMEWORK_FILE.test(attributes) || FRAMEWORK_INLINE.test(body) ? "" : element,
    )
    .replace(LINK_ELEMENT, (element) => (SCRIPT_PRELOAD.test(element) && SCRIPT_FILE.test(element) ? "" : element));
}
