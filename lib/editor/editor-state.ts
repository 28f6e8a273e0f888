import type { DiffBlock } from "../history/revision-diff";
import type { ImportWarning } from "../importer/parse-case";
import type { QualityProblem } from "../quality/types";
import type { CaseStatus } from "../case/schema";
import type { CaseDraft } from "./draft-form";

/** A city or policy area an imported document names that the knowledge bank does not have yet. */
export type NewPlace = { slug: string; name: string; countryCode?: string; countryName?: string };


/** What the case editor shows: the case being edited and what the last action said about it. */
export type EditorState = {
  /** Absent on the new-case page until the person imports a document or starts from scratch. */
  draft?: CaseDraft;
  /** The stored version this draft was started from: a save from an older one is refused. */
  version?: number;
  errors?: Record<string, string[]>;
  message?: string;
  ok?: boolean;
  /** The control that should have focus after a list was changed (kept in place for keyboard users). */
  focus?: string;
  /** Increases with every answer from the server, so the form shows the draft it returned. */
  round?: number;
  problems?: QualityProblem[];
  /** New organisation names that look like existing ones. */
  similar?: Array<{ name: string; existing: string }>;
  warnings?: ImportWarning[];
  newCity?: NewPlace;
  newPolicyArea?: NewPlace;
  conflict?: { version: number; by: string | null; /** Saved by this same person (another tab or window). */ isYours: boolean; at: string; /** What they changed, section by section, words marked. */
    changes: DiffBlock[]; takenFromTheirs: string[]; changedByBoth: string[] };
  /** The case's status this answer was given on: its message is out of date once the page shows another. */
  status?: CaseStatus;
  /** The note on what changed, as sent, when this answer did not save with it: back in its field (without JavaScript the page is new). */
  note?: string;
  /** A save of a published case refused for this many new serious problems: the save bar offers "Save anyway". */
  saveGate?: number;
  /** Set when a save went through: the copy kept in the browser can go. */
  savedVersion?: number;
};
