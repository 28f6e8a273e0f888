/**
 * British and American spellings of the words searched for ("organisation" and "organization", "behaviour"
 * and "behavior", "centre" and "center"). The partners write both, sometimes in one case, and the English
 * stemmer keeps them apart ("organis", "organ"): a search for either finds both (db/search.ts).
 *
 * A variant that is no word ("advize") costs nothing: it is looked for and matches nothing. What must not be
 * made is a variant that is another word; so the -ise words that are not -ize words are left alone.
 */

/** -ise, -isation… that are not British forms of -ize: "expertise" made "expertize" would find "expert". */
const NOT_IZE = /^(advertis|advis|apprais|aris|chastis|compris|compromis|concis|cruis|demis|despis|devis|disguis|enterpris|excis|exercis|expertis|franchis|improvis|incis|merchandis|noncis|otherwis|paradis|pois|prais|precis|premis|promis|revis|supervis|surmis|surpris|televis|treatis)/;
const IZE = /^(\p{L}{3,})i([sz])(e|es|ed|ing|er|ers|ation|ations|ational|able)$/u;
const YZE = /^(\p{L}{3,})y([sz])(e|es|ed|ing|er|ers)$/u;

/** British -our words; the American form drops the u. */
const OUR = ["behaviour", "colour", "favour", "labour", "neighbour", "honour", "harbour", "humour", "endeavour", "flavour", "rumour",
  "vigour", "savour", "valour", "armour", "parlour", "odour", "tumour", "saviour", "vapour", "clamour", "splendour", "candour", "rigour", "fervour", "demeanour"];
const OUR_ENDINGS = ["", "s", "ed", "ing", "ite", "ites", "able", "ably", "al", "ally", "er", "ers", "ful", "hood", "less"];

/** Other pairs, British first; each also in the plural. */
const PAIRS: Array<[string, string]> = [
  ["centre", "center"], ["centred", "centered"], ["theatre", "theater"], ["metre", "meter"], ["fibre", "fiber"], ["litre", "liter"],
  ["calibre", "caliber"], ["spectre", "specter"], ["sombre", "somber"], ["lustre", "luster"], ["manoeuvre", "maneuver"],
  ["programme", "program"], ["programmed", "programed"], ["catalogue", "catalog"], ["dialogue", "dialog"], ["analogue", "analog"],
  ["licence", "license"], ["defence", "defense"], ["offence", "offense"], ["pretence", "pretense"],
  ["judgement", "judgment"], ["acknowledgement", "acknowledgment"], ["ageing", "aging"], ["enrol", "enroll"], ["enrolment", "enrollment"],
  ["fulfil", "fulfill"], ["fulfilment", "fulfillment"], ["skilful", "skillful"], ["wilful", "willful"], ["instalment", "installment"],
  ["aluminium", "aluminum"], ["mould", "mold"], ["sceptical", "skeptical"], ["grey", "gray"], ["paediatric", "pediatric"],
  ["encyclopaedia", "encyclopedia"], ["anaesthetic", "anesthetic"],
];

/** Verbs that double their l in British English before -ed, -ing, -er: "travelled", "traveled". */
const DOUBLE_L = ["travel", "model", "label", "cancel", "fuel", "counsel", "signal", "channel", "level", "total", "marshal", "dial", "duel", "jewel", "tunnel", "funnel", "pedal", "rival", "shovel"];
const DOUBLE_L_ENDINGS = ["ed", "ing", "er", "ers"];

const PAIRED = new Map<string, string>();
const pair = (a: string, b: string) => (PAIRED.set(a, b), PAIRED.set(b, a));
for (const [british, american] of PAIRS) {
  pair(british, american);
  pair(`${british}s`, `${american}s`);
}
for (const british of OUR) for (const ending of OUR_ENDINGS) pair(british + ending, british.replace(/our$/, "or") + ending);
for (const verb of DOUBLE_L) for (const ending of DOUBLE_L_ENDINGS) pair(`${verb}l${ending}`, verb + ending);

/** The other spelling of one word, lower case, or null. */
export function otherSpelling(word: string): string | null {
  const paired = PAIRED.get(word);
  if (paired) return paired;
  const ize = IZE.exec(word);
  if (ize && !NOT_IZE.test(word)) return `${ize[1]}i${ize[2] === "s" ? "z" : "s"}${ize[3]}`;
  const yze = YZE.exec(word);
  if (yze) return `${yze[1]}y${yze[2] === "s" ? "z" : "s"}${yze[3]}`;
  return null;
}

/** Each word of a search that has another spelling, with it: [["organisations", "organizations"]]. */
export function spellingVariants(q: string): Array<[string, string]> {
  const words = new Set(q.toLowerCase().match(/\p{L}+/gu) ?? []);
  return [...words].flatMap((word) => {
    const other = otherSpelling(word);
    return other ? [[word, other] as [string, string]] : [];
  });
}
