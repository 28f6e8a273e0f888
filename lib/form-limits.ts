/** The largest form a server action accepts (the editor's whole case, or an upload with its form), in bytes. */
export const MAX_FORM_BYTES = 4 * 1024 * 1024;

/** The largest City Case Description the new-case page reads, in bytes, and what it says of a larger file. */
export const MAX_DOCUMENT_BYTES = 1_000_000;
export const DOCUMENT_TOO_LARGE = "The file is larger than 1 MB: a City Case Description in Markdown is far smaller";
export const PASTED_TOO_LARGE = "The pasted text is longer than 1 MB: a City Case Description in Markdown is far smaller";
export const DOCUMENT_EMPTY = "The file chosen was empty, so it was taken off: choose the document's file, or paste its text";
