import type { CaseDocument } from "../case/schema";
import { caseTexts } from "./case-texts";
import type { QualityProblem } from "./types";

// Words PDF converters often damage, besides the accented words the case itself spells right.
const COMMON = ["école", "supérieure", "supérieur", "université", "société", "région", "département", "cité", "musée", "théâtre", "créatif", "créative", "économie", "européen", "européenne", "métropole", "collectivité"];

const WORD = /\p{L}+/gu;
const hasAccent = (word: string) => word.normalize("NFD") !== word || /[łøđßæœ]/i.test(word);
/** The word as a converter that drops every accented letter would write it: "supérieure" -> "suprieure". */
const withoutAccented = (word: string) => [...word].filter((ch) => !hasAccent(ch)).join("");

/**
 * Signs of lost accents: a word that is an accented word of the case (or a common one) with its
 * accented letters missing, as "Ecole suprieure" for "École supérieure" or "dpartement" for "département".
 * Three letters left are often a word of their own ("Mar" in "Estrela do Mar", for "maré"): only the
 * common words, known to be damaged that way ("Cit" for "cité"), count so short.
 */
export function lostAccents(c: CaseDocument): QualityProblem[] {
  const texts = caseTexts(c);
  const damaged = new Map<string, string>();
  const own = texts.flatMap((t) => t.text.match(WORD) ?? []).filter(hasAccent);
  for (const [words, shortest] of [[COMMON, 3], [own, 4]] as const) {
    for (const word of words) {
      const key = withoutAccented(word.toLowerCase());
      if (key.length >= shortest && key !== word.toLowerCase() && !damaged.has(key)) damaged.set(key, word.toLowerCase());
    }
  }
  return texts.flatMap(({ section, text }) => {
    const words = [...new Set((text.match(WORD) ?? []).filter((w) => damaged.has(w.toLowerCase())))];
    return words.map((w) => ({
      check: "lost-accents" as const, severity: "warning" as const, section,
      message: `“${w}” looks like “${damaged.get(w.toLowerCase())}” with its accents lost`,
    }));
  });
}
