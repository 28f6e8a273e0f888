import { can, type Actor } from "../auth/roles";

/**
 * A case as this person's write stores it: the editors' note is ekip's to write (`cases:note`); anyone else's
 * write keeps the note stored (`stored`: none for a new case), whatever they sent.
 */
export function withEditorsNoteOf<T extends { editorsNote: string }>(by: Actor | null, sent: T, stored: string): T {
  return can(by, "cases:note") ? sent : { ...sent, editorsNote: stored };
}
