import { stringify } from "yaml";
import { CONTENT_LICENCE, SITE_NAME } from "../site";
import { CITATION_AUTHOR, citationTitle, toCitationText } from "./cite";
import { editorsNoteQuote } from "./editors-note-quote";
import type { CaseDocument } from "./schema";
import { caseToMarkdown } from "./to-markdown";

/**
 * The case as a Markdown file to download: YAML front matter saying what it is, where it came from (`source`, the
 * case's address) and under which licence (a saved file keeps none of the response's headers), with a citation of
 * the version (`cited`, its address) and the editors' note, then the note again for people reading the file (a
 * quotation), then the case in the delivered layout. The importer skips front matter and the note's quotation, so
 * the file still reads back to the same case, but for the editors' note, which is not the document's.
 */
export function caseToMarkdownFile(c: CaseDocument, { source, cited }: { source: string; cited: string }, downloadedAt: Date = new Date()): string {
  const about = {
    title: citationTitle(c),
    author: CITATION_AUTHOR,
    publisher: SITE_NAME,
    version: c.version,
    published: c.publishedAt?.slice(0, 10),
    updated: c.updatedAt?.slice(0, 10),
    source,
    license: CONTENT_LICENCE.spdx,
    license_url: CONTENT_LICENCE.url,
    cite_as: toCitationText(c, cited, downloadedAt),
    // ekip's word on the case, not part of the delivered layout below: read with the file, left out by the importer.
    editors_note: c.editorsNote || undefined,
  };
  // lineWidth 0: each value on one line, as people reading the file expect; undefined values are left out.
  return `---\n${stringify(about, { lineWidth: 0 })}---\n\n${editorsNoteQuote(c.editorsNote)}${caseToMarkdown(c)}`;
}
