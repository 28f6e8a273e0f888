/**
 * British and American spellings of the words searched for ("organization" and "organisation", "behaviour"
 * and "behavior", "centre" and "center"). The partners write both, sometimes in one case, and the English
 * stemmer keeps them apart.
 *
 * -ize and -ise: the stemmer cuts an -ize word to its root ("organization" → organ, the stem of "organic" too;
 * "urbanization" → urban) but keeps -ise ("organisation" → organis). So the search vectors and the queries spell
 * every -ize word with -ise before stemming (`ekip_british_ize`, made from IZE_ENDINGS by migration 0018):
 * either spelling finds both, and neither finds "organic".
 *
 * The other pairs are looked for both ways at query time (db/search.ts): a twin that is no word costs nothing,
 * it matches nothing. /compare counts a word and its twin as one (db/compare.ts).
 */

/** The endings of an -ize word spelt -ise in the index: organize, organizes, organized… organizable. */
export const IZE_ENDINGS = ["e", "es", "ed", "ing", "ingly", "er", "ers", "ation", "ations", "ational", "ationally", "able", "ably", "ability", "abilities",
  "ance", "ant", "ement", "ements"];
/** An -ize word: its stem (three letters at least), "iz", its ending. */
const IZE_PARTS = `([a-z]{3,})iz(${IZE_ENDINGS.join("|")})`;
/**
 * A whole -ize word of a text. Word edges are spelt out, not PostgreSQL's \m and \M, whose letters follow the
 * database's locale; the text is unaccented first ("Réorganization"), as the search configuration does anyway.
 */
const IZE_WORD = `(?<![A-Za-z0-9_])${IZE_PARTS}(?![A-Za-z0-9_])`;

/**
 * The SQL function that spells -ize words with -ise in a text, as britishSpelling does word by word. It also makes
 * the text one the parser reads whole (migration 0021): unaccent spells guillemets `<<` and `>>`, and the parser
 * takes `<<Thess INTEC>>` for a markup tag and drops its words, so guillemets become spaces first (a tag written
 * as such is still no words); and Greek's final sigma is spelt σ, as lower() spells a capital Σ, so that "ΔΗΜΟΣ"
 * finds "Δήμος".
 */
export const britishIzeFunction = () => `CREATE OR REPLACE FUNCTION ekip_british_ize(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN regexp_replace(translate(public.unaccent('public.unaccent'::regdictionary, translate($1, '«»‹›', '    ')), 'ς', 'σ'), '${IZE_WORD}', '\\1is\\2', 'gi');`;

/** Whether a search holds an -ize word, which the query spells -ise (see markingQuery in db/search.ts). */
const IZE_IN_TEXT = new RegExp(IZE_WORD, "i");
export const hasIzeWord = (q: string) => IZE_IN_TEXT.test(q);

const IZE = new RegExp(`^${IZE_PARTS}$`);
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
  // Their other forms stem apart too (cataloguing → catalogu, cataloging → catalog).
  ["cataloguing", "cataloging"], ["catalogued", "cataloged"], ["licencing", "licensing"], ["licenced", "licensed"],
  ["counsellor", "counselor"], ["artefact", "artifact"], ["focussed", "focused"], ["focussing", "focusing"],
  ["practise", "practice"], ["practised", "practiced"], ["practising", "practicing"],
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
  if (ize) return `${ize[1]}is${ize[2]}`;
  return BRITISH.get(word) ?? (word.includes("yz") ? swapYze(word) : null);
}

const wordsOf = (q: string) => [...new Set(q.toLowerCase().match(/\p{L}+/gu) ?? [])];

/** Each word of a search with a twin to look for beside it (not -ize words: the index spells them -ise). */
export function spellingVariants(q: string): Array<[string, string]> {
  return wordsOf(q).flatMap((word) => {
    const other = BRITISH.get(word) ?? AMERICAN.get(word) ?? swapYze(word);
    return other ? [[word, other] as [string, string]] : [];
  });
}
