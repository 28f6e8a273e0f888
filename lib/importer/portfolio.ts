import type { Paragraph } from "mdast";
import { foldCase } from "../slug";
import { toString } from "mdast-util-to-string";
import type { StakeholderCategory } from "../case/schema";
import { collapseSpace, normaliseHeading } from "./text";

const CATEGORIES: Array<[RegExp, StakeholderCategory]> = [
  [/local authorit|municipal|public authorit|government/, "local_authority"],
  [/academ|universit|research|education/, "academia"],
  [/civil society|citizen|communit/, "civil_society"],
  [/compan|business|industr|private sector|enterprise/, "company"],
  [/organi[sz]ation|association|ngo|institution|network/, "organisation"],
  [/^others?$/, "other"],
];

export function stakeholderCategory(label: string): StakeholderCategory | null {
  const normalised = normaliseHeading(label);
  return CATEGORIES.find(([pattern]) => pattern.test(normalised))?.[1] ?? null;
}

/** "**Local Authorities:** A; B" -> the label and the names (split on ";" when present, else on ","). */
export function stakeholderLine(paragraph: Paragraph): { label: string; names: string[] } | null {
  const first = paragraph.children[0];
  let label: string;
  let rest: string;
  if (first?.type === "strong") {
    label = toString(first);
    rest = toString({ type: "paragraph", children: paragraph.children.slice(1) });
  } else {
    const text = toString(paragraph);
    const colon = text.indexOf(":");
    if (colon <= 0) return null;
    label = text.slice(0, colon);
    rest = text.slice(colon + 1);
  }
  rest = rest.replace(/^\s*:/, "");
  const names = rest.includes(";") ? rest.split(";").map(collapseSpace) : splitOnCommas(rest);
  return { label: collapseSpace(label).replace(/:$/, ""), names: names.filter(Boolean) };
}

// A part that names a unit ("Culture Department") belongs to the organisation before its comma.
const UNIT = /\b(department|dept|office|division|unit|service|faculty|directorate|management)\b/i;

/**
 * In the partners' languages, a unit's word opens the part and a preposition follows it ("Biuro ds. Kultury",
 * "Direction de la culture", "Abteilung für Kultur"), accents aside. Alone, such a word opens organisations' names
 * too ("Pôle emploi", "Biuro Wystaw Artystycznych", "Bureau Veritas"), which stay stakeholders of their own.
 */
const UNIT_WORDS = new Set([
  "direction", "departement", "bureau", "pole", "abteilung", "amt", "referat", "dezernat", "fachbereich", "buro",
  "biuro", "wydzial", "departament", "τμημα", "διευθυνση", "γραφειο", "υπηρεσια", "отдел", "дирекция", "служба", "управление",
  "odbor", "oddelenie", "oddeleni", "ufficio", "servizio", "dipartimento", "direzione", "settore", "departamento", "servicio",
  "servico", "oficina", "direccion", "direcao", "divisao", "gabinete", "afdeling", "dienst", "avdelning", "forvaltning", "enhet",
  "directia", "serviciul", "biroul", "departamentul", "osztaly", "iroda", "foosztaly",
]);
const PREPOSITIONS = new Set([
  "ds", "do", "d", "de", "du", "des", "fur", "voor", "van", "per", "di", "del", "della", "pentru", "za", "pro", "pre", "for",
  "para", "da", "dos", "das", "для", "по", "за", "της", "του", "των", "για", "of",
].map(foldCase));
const namesUnit = (part: string) => {
  if (UNIT.test(part)) return true;
  const [first, second] = foldCase(part).match(/\p{L}+/gu) ?? [];
  return !!first && !!second && UNIT_WORDS.has(first) && PREPOSITIONS.has(second);
};

function splitOnCommas(text: string): string[] {
  const names: string[] = [];
  for (const part of text.split(",").map(collapseSpace)) {
    if (names.length && namesUnit(part)) names[names.length - 1] += `, ${part}`;
    else names.push(part);
  }
  return names;
}

/** "The portfolio coordinator is the Cité du design." -> "Cité du design". */
export function coordinatorOf(text: string): string {
  const clean = collapseSpace(text);
  const m = /coordinator is (?:the )?(.+?)\.?$/i.exec(clean);
  return m ? m[1]! : clean;
}

/** A line that opens a group of challenges or opportunities: "Lack of skills:". */
export function isGroupHeadingLine(text: string): boolean {
  return !text.includes("\n") && text.trim().endsWith(":") && text.length <= 120;
}
