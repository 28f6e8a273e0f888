import { FACETS, STAKEHOLDER_CATEGORIES, type CaseDocument, type Facet, type StakeholderCategory } from "../case/schema";
import { slugify } from "../slug";
import { suggestedCaseSlug } from "../case/case-name";

/**
 * The editor's form <-> a case. Fields are named by their path in the case ("participants.2.name"), so a
 * posted form (with or without JavaScript) reads back into the same shape the importer produces and the
 * zod schema validates. The city and policy area come as slugs: the server fills them in from the database.
 */
export type CaseDraft = CaseDocument;

/**
 * A posted form read once: each name's values, and the positions of each list's entries. FormData's own `get`
 * searches every entry, and a list's positions need every key: read that way, a form of tens of thousands of
 * fields (a 4 MB post holds 250,000) takes minutes, in the square of its size. Read once, it is linear.
 */
export type Form = {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
  /** The positions of a list's entries present in the form, in order ("participants" -> 0, 3 of "participants.0.name", "participants.3.name"). */
  indicesOf(list: string): number[];
};

/** A list's position in a field's name: ".3" followed by "." or the end, and the list's name is all before it. */
const POSITION = /\.(\d+)(?=\.|$)/g;

export function readForm(form: Pick<FormData, "entries">): Form {
  const values = new Map<string, FormDataEntryValue[]>();
  const positions = new Map<string, Set<number>>();
  for (const [name, value] of form.entries()) {
    const seen = values.get(name);
    if (seen) {
      seen.push(value);
      continue;
    }
    values.set(name, [value]);
    for (const match of name.matchAll(POSITION)) {
      const list = name.slice(0, match.index);
      const found = positions.get(list) ?? positions.set(list, new Set()).get(list)!;
      found.add(Number(match[1]));
    }
  }
  return {
    get: (name) => values.get(name)?.[0] ?? null,
    getAll: (name) => [...(values.get(name) ?? [])],
    indicesOf: (list) => [...(positions.get(list) ?? [])].sort((a, b) => a - b),
  };
}

const str = (form: Pick<Form, "get">, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.replace(/\r\n/g, "\n") : "";
};
const nullable = (form: Form, name: string) => str(form, name).trim() || null;
const number = (form: Form, name: string) => (str(form, name).trim() === "" ? Number.NaN : Number(str(form, name)));

const list = <T>(form: Form, name: string, read: (path: string) => T): T[] => form.indicesOf(name).map((i) => read(`${name}.${i}`));

/** A link to an organisation is kept only while the name it was made for is unchanged. */
const keptLink = (form: Form, path: string, name: string) => (str(form, `${path}For`) === name && str(form, path)) || null;

const finding = (form: Form) => (p: string) => ({ number: number(form, `${p}.number`), title: str(form, `${p}.title`), body: str(form, `${p}.body`) });
const findings = (form: Form, part: string) => ({
  conclusions: list(form, `${part}.conclusions`, finding(form)),
  recommendations: list(form, `${part}.recommendations`, finding(form)),
});
const themes = (form: Form, name: string) =>
  list(form, name, (p) => ({ heading: str(form, `${p}.heading`), items: list(form, `${p}.items`, (i) => str(form, i)) }));

function category(value: string): StakeholderCategory {
  return (STAKEHOLDER_CATEGORIES as readonly string[]).includes(value) ? (value as StakeholderCategory) : "other";
}

const isFacet = (f: unknown): f is Facet => (FACETS as readonly unknown[]).includes(f);

/**
 * The facets ticked, in the order the row gave them (the hidden `facetOrder`: the boxes are always in the
 * order of FACETS), then those newly ticked: a save changes no row whose facets nobody changed.
 */
function facetsOf(form: Form, p: string): Facet[] {
  const order = str(form, `${p}.facetOrder`).split(" ").filter(isFacet);
  const rank = (f: Facet) => (order.includes(f) ? order.indexOf(f) : FACETS.length + FACETS.indexOf(f));
  return form.getAll(`${p}.facets`).filter(isFacet).sort((a, b) => rank(a) - rank(b));
}

type InventoryRowDraft = CaseDraft["inventory"][number];

/** What a row says: its delivered text (rawText) is kept only while this is unchanged, or it would contradict the row. */
export const inventoryRowKey = (row: Omit<InventoryRowDraft, "rawText">) =>
  JSON.stringify([row.actor.name, row.areaOfExpertise, row.targetGroup, [...row.facets].sort(), row.innovationNote ?? "", row.isResource]);

function inventoryRow(form: Form, p: string): InventoryRowDraft {
  const name = str(form, `${p}.actor.name`);
  const row = {
    actor: { name, slug: keptLink(form, `${p}.actor.slug`, name) ?? "" },
    areaOfExpertise: str(form, `${p}.areaOfExpertise`),
    targetGroup: str(form, `${p}.targetGroup`),
    facets: facetsOf(form, p),
    innovationNote: nullable(form, `${p}.innovationNote`),
    isResource: form.get(`${p}.isResource`) === "on",
  };
  return { ...row, rawText: keptLink(form, `${p}.rawText`, inventoryRowKey(row)) ?? "" };
}

/**
 * A new case's address: as typed, unless it is still the one suggested for the city, policy area and focus the
 * form was shown with; then the one suggested for those chosen now (a document read for Lund, saved for Rotterdam).
 */
function slugOf(form: Form, citySlug: string, focus: string | null): string {
  const typed = str(form, "slug").trim();
  const suggested = str(form, "slugSuggested");
  return suggested && typed === suggested ? suggestedCaseSlug(citySlug, str(form, "policyArea.slug"), focus) : typed;
}

export function draftFromForm(posted: FormData): CaseDraft {
  const form = readForm(posted);
  const citySlug = str(form, "city.slug");
  return {
    format: "ekip-case/1",
    slug: slugOf(form, citySlug, nullable(form, "focus")),
    sample: form.get("sample") === "on",
    city: { slug: citySlug, name: "", country: { code: "", name: "" }, population: null, website: null },
    policyArea: { slug: str(form, "policyArea.slug"), name: "" },
    focus: nullable(form, "focus"),
    title: nullable(form, "title"),
    workshopDate: nullable(form, "workshopDate"),
    editorsNote: str(form, "editorsNote"),
    introduction: str(form, "introduction"),
    policyAreaIntro: str(form, "policyAreaIntro"),
    cityIntro: str(form, "cityIntro"),
    participants: list(form, "participants", (p) => ({ name: str(form, `${p}.name`), actor: keptLink(form, `${p}.actor`, str(form, `${p}.name`)) })),
    summary: findings(form, "summary"),
    context: str(form, "context"),
    selectedFocus: str(form, "selectedFocus"),
    ecosystem: str(form, "ecosystem"),
    portfolio: {
      title: str(form, "portfolio.title"),
      scope: str(form, "portfolio.scope"),
      coordinator: str(form, "portfolio.coordinator"),
      stakeholders: list(form, "portfolio.stakeholders", (p) => ({
        category: category(str(form, `${p}.category`)), name: str(form, `${p}.name`), actor: keptLink(form, `${p}.actor`, str(form, `${p}.name`)),
      })),
      challenges: themes(form, "portfolio.challenges"),
      opportunities: themes(form, "portfolio.opportunities"),
    },
    inventory: list(form, "inventory", (p) => inventoryRow(form, p)),
    methods: list(form, "methods", (p) => {
      const name = str(form, `${p}.name`);
      return { name, slug: keptLink(form, `${p}.slug`, name) ?? slugify(name), description: str(form, `${p}.description`) };
    }),
    findings: findings(form, "findings"),
    extraSections: list(form, "extraSections", (p) => ({
      heading: str(form, `${p}.heading`), body: str(form, `${p}.body`), after: str(form, `${p}.after`) as CaseDraft["extraSections"][number]["after"],
    })),
  };
}

/** The city and policy area an imported document named that do not exist yet, carried in hidden fields until saved. */
export function newPlacesFromForm(form: Pick<Form, "get">) {
  const cityName = str(form, "newCity.name").trim();
  const areaName = str(form, "newPolicyArea.name").trim();
  return {
    newCity: cityName ? { slug: slugify(cityName), name: cityName, countryCode: str(form, "newCity.countryCode"), countryName: str(form, "newCity.countryName") } : undefined,
    newPolicyArea: areaName ? { slug: slugify(areaName), name: areaName } : undefined,
  };
}
