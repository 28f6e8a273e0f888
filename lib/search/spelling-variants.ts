/**
 * British and American spellings of the words searched for ("organization" and "organisation", "behaviour"
 * and "behavior", "centre" and "center"). The partners write both, sometimes in one case, and the English
 * stemmer keeps them apart: a search for one finds the other too (db/search.ts), and /compare counts them as one
 * word (db/compare.ts).
 *
 * One direction only for -ize and -ise: the stemmer cuts an -ize word to its root ("organization" → organ, the
 * stem of "organic" too; "urbanization" → urban), but keeps -ise ("organisation" → organis). So "organization"
 * also finds "organisation", and not the other way round: that would find every "organic" and "urban". A twin
 * that is no word ("capsise") costs nothing: it is looked for and matches nothing.
 */

const IZE = /^(\p{L}{3,})iz(e|es|ed|ing|er|ers|ation|ations|ational|able)$/u;
const YZE = /^(\p{L}{3,})y([sz])(e|es|ed|ing|er|ers)$/u;

/** British -our words; the American form drops the u. */
const OUR = ["behaviour", "colour", "favour", "labour", "neighbour", "honour", "harbour", "humour", "endeavour", "flavour", "rumour",
  "vigour", "savour", "valour", "armour", "parlour", "odour", "tumour", "saviour", "vapour", "clamour", "splendour", "candour", "rigour", "fervour", "demeanour"];
const OUR_ENDINGS = ["", "s", "ed", "ing", "ite", "ites", "able", "ably", "al", "ally", "er", "ers", "ful", "hood", "less"];

/**
 * Other pairs, British first; each also in the plural. Left out: pairs whose other stem is another word's
 * ("skillful" → skill, "willful" → will, "liter" → literal's liter, "defense" → defensive's defens, "analog", "calibre" → calibrate's calibr).
 */
const PAIRS: Array<[string, string]> = [
  ["centre", "center"], ["centred", "centered"], ["theatre", "theater"], ["metre", "meter"], ["fibre", "fiber"],
  ["spectre", "specter"], ["sombre", "somber"], ["lustre", "luster"], ["manoeuvre", "maneuver"],
  ["programme", "program"], ["catalogue", "catalog"], ["dialogue", "dialog"], ["licence", "license"],
  ["judgement", "judgment"], ["acknowledgement", "acknowledgment"], ["enrolment", "enrollment"], ["fulfilment", "fulfillment"],
  ["instalment", "installment"], ["aluminium", "aluminum"], ["mould", "mold"], ["sceptical", "skeptical"], ["grey", "gray"],
  ["paediatric", "pediatric"], ["encyclopaedia", "encyclopedia"], ["anaesthetic", "anesthetic"],
];

const BRITISH = new Map<string, string>();
const AMERICAN = new Map<string, string>();
const pair = (british: string, american: string) => (AMERICAN.set(british, american), BRITISH.set(american, british));
for (const [british, american] of PAIRS) {
  pair(british, american);
  pair(`${british}s`, `${american}s`);
}
for (const british of OUR) for (const ending of OUR_ENDINGS) pair(british + ending, british.replace(/our$/, "or") + ending);

const swapYze = (word: string) => {
  const yze = YZE.exec(word);
  return yze ? `${yze[1]}y${yze[2] === "s" ? "z" : "s"}${yze[3]}` : null;
};

/** The British spelling of an American word ("organization" → "organisation"), lower case, or null. */
export function britishSpelling(word: string): string | null {
  const ize = IZE.exec(word);
  return BRITISH.get(word) ?? (ize ? `${ize[1]}is${ize[2]}` : null) ?? (word.includes("yz") ? swapYze(word) : null);
}

/** The American spelling of a British word, where its stem is no other word's (so never an -ise word's), or null. */
export function americanSpelling(word: string): string | null {
  return AMERICAN.get(word) ?? (word.includes("ys") ? swapYze(word) : null);
}

/** Each word of a search that has another spelling to look for, with it: [["organizations", "organisations"]]. */
export function spellingVariants(q: string): Array<[string, string]> {
  const words = new Set(q.toLowerCase().match(/\p{L}+/gu) ?? []);
  return [...words].flatMap((word) => {
    const other = britishSpelling(word) ?? americanSpelling(word);
    return other ? [[word, other] as [string, string]] : [];
  });
}
