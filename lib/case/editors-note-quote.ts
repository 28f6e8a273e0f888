/** The editors' note's heading, on the case's page and in its Markdown file. */
export const EDITORS_NOTE_LABEL = "Note from ekip’s editors";

// As written by editorsNoteQuote, the apostrophe typed either way by someone who edited the file.
const OPENS_WITH_LABEL = /^Note from ekip[’']s editors:/;

/**
 * The note as a Markdown quotation headed by its label, for people who open a downloaded case's file; "" when there
 * is none. Every line is quoted, so the note stays one block whatever it holds, for the importer to skip whole.
 */
export function editorsNoteQuote(note: string): string {
  if (!note.trim()) return "";
  const lines = [`**${EDITORS_NOTE_LABEL}:**`, "", ...note.trim().split("\n")];
  return `${lines.map((line) => (line.trim() ? `> ${line}` : ">")).join("\n")}\n\n`;
}

/** Whether a quotation's plain text is the editors' note as editorsNoteQuote writes it. */
export const isEditorsNoteQuote = (plainText: string) => OPENS_WITH_LABEL.test(plainText);
