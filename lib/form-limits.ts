/** The largest form a server action accepts (the editor's whole case, or an upload with its form), in bytes. */
export const MAX_FORM_BYTES = 4 * 1024 * 1024;

/**
 * The largest City Case Description the new-case page reads, in bytes, and what it says of a larger file: 13 times
 * the delivered one (15 kB). Reading is done while the server waits: 200 kB takes 0.7-2.6 s at the worst, 1 MB took 3-13 s.
 */
export const MAX_DOCUMENT_BYTES = 200_000;
export const DOCUMENT_TOO_LARGE = "The file is larger than 200 kB: a City Case Description in Markdown is far smaller";
export const PASTED_TOO_LARGE = "The pasted text is longer than 200 kB: a City Case Description in Markdown is far smaller";
export const DOCUMENT_EMPTY = "The file chosen was empty, so it was taken off: choose the document's file, or paste its text";
