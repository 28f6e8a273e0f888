import { caseDocumentSchema, FACETS, type CaseDocument, type Finding, type StakeholderCategory } from "@/lib/case/schema";
import { capitalise, createRandom, headline, paragraph, paragraphs, pseudoWord, sentence, type Place, type Random } from "./text";
import {
  COMPANY_SUFFIXES, COUNTRIES, FIRST_NAMES, GROUPS, LAST_NAMES, LOCAL_ORGANISATION_KINDS, METHODS, NATIONAL_ORGANISATION_KINDS,
  NOUNS, POLICY_AREAS, SECTORS, TOPICS,
} from "./words";

/** Every synthetic slug starts so: the benchmark's cases, cities and organisations are never mistaken for real ones. */
export const SYNTHETIC_PREFIX = "bench-";

type Actor = { slug: string; name: string; category: StakeholderCategory };
type City = { slug: string; name: string; code: string; country: string; population: number; local: Actor[] };

const slugify = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const actor = (name: string, category: StakeholderCategory): Actor => ({ slug: SYNTHETIC_PREFIX + slugify(name), name, category });

function categoryOf(kind: string): StakeholderCategory {
  if (/Council|Office|Board|Ministry|Agency|Bank/.test(kind)) return "local_authority";
  if (/University|Academy|College|School|Institute|Research|Archive/.test(kind)) return "academia";
  if (/Collective|Cooperative|Youth|Guild/.test(kind)) return "civil_society";
  return "organisation";
}

/**
 * The places and organisations of a collection of `count` cases: about one city for every twelve
 * cases, in thirty European countries, each with its own organisations and companies that its cases
 * share; national bodies shared by a country's cases, European networks shared by all.
 */
function createWorld(count: number, random: Random) {
  const used = new Set<string>();
  const unique = (make: () => string) => {
    for (;;) {
      const name = make();
      if (!used.has(slugify(name))) return used.add(slugify(name)), name;
    }
  };
  const european = Array.from({ length: 40 }, () =>
    actor(unique(() => `${pseudoWord(random)} ${random.even(["European", "Creative", "Transnational"])} ${random.even(["Network", "Alliance", "Forum", "Platform"])}`), "organisation"));
  const national = new Map<string, Actor[]>(COUNTRIES.map(([, country]) => [country, NATIONAL_ORGANISATION_KINDS.map((kind) => actor(`${country} ${kind}`, categoryOf(kind)))]));
  const cities: City[] = Array.from({ length: Math.max(5, Math.ceil(count / 12)) }, () => {
    const [code, country] = random.even(COUNTRIES);
    const name = unique(() => pseudoWord(random));
    const companies = Array.from({ length: 12 }, () => actor(unique(() => `${pseudoWord(random)} ${random.even(COMPANY_SUFFIXES)}`), "company"));
    const local = [...LOCAL_ORGANISATION_KINDS.map((kind) => actor(`${name} ${kind}`, categoryOf(kind))), ...companies];
    return { slug: SYNTHETIC_PREFIX + slugify(name), name, code, country, population: random.int(20, 2500) * 1000, local };
  });
  const initiatives = Array.from({ length: 50 + Math.ceil(count / 4) }, () => unique(() => pseudoWord(random, 3)));
  return { european, national, cities, initiatives };
}

function findings(random: Random, place: Place, min: number, max: number): Finding[] {
  return Array.from({ length: random.int(min, max) }, (_, i) => ({ number: i + 1, title: `${headline(random)}.`, body: paragraph(random, place, 1, 3) }));
}

function themeGroups(random: Random, place: Place) {
  return Array.from({ length: random.int(2, 4) }, () => ({
    heading: `${capitalise(random.pick(TOPICS))}:`,
    items: Array.from({ length: random.int(1, 4) }, () => sentence(random, place)),
  }));
}

function person(random: Random): string {
  return `${random.even(FIRST_NAMES)} ${random.even(LAST_NAMES)}`;
}

/** `count` complete, valid, published-to-be cases; the same `seed` gives the same cases. */
export function* generateCases(count: number, seed = 7): Generator<CaseDocument> {
  const random = createRandom(seed);
  const world = createWorld(count, random);
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const city = world.cities[i % world.cities.length]!;
    const areaName = random.pick(POLICY_AREAS);
    let focus: string | null = null;
    while (taken.has(`${city.slug}|${areaName}|${focus ?? ""}`)) focus = capitalise(`${random.even(SECTORS)} and ${random.even(TOPICS)}`);
    taken.add(`${city.slug}|${areaName}|${focus ?? ""}`);

    const local = random.some(city.local, random.int(8, 30));
    const national = random.some(world.national.get(city.country)!, random.int(2, 8));
    const european = random.some(world.european, random.int(1, 22));
    const actors = [...local, ...national, ...european].slice(0, random.int(10, 60));
    const place: Place = { name: city.name, initiatives: world.initiatives };
    const year = random.int(2019, 2025);
    const month = String(random.int(1, 12)).padStart(2, "0");
    const day = String(random.int(1, 28)).padStart(2, "0");
    const document: CaseDocument = {
      format: "ekip-case/1",
      slug: `${SYNTHETIC_PREFIX}${i + 1}-${city.slug.slice(SYNTHETIC_PREFIX.length)}-${slugify(areaName)}`,
      sample: false,
      city: { slug: city.slug, name: city.name, country: { code: city.code, name: city.country }, population: city.population, website: null },
      policyArea: { slug: SYNTHETIC_PREFIX + slugify(areaName), name: areaName },
      focus,
      title: `${city.name}: ${areaName}${focus ? ` (${focus})` : ""}`,
      workshopDate: `${year}-${month}-${day}`,
      editorsNote: "",
      introduction: paragraph(random, place),
      policyAreaIntro: paragraph(random, place),
      cityIntro: paragraph(random, place),
      participants: Array.from({ length: random.int(6, 20) }, () => {
        const from = random.chance(0.8) ? random.even(actors) : null;
        return { name: from ? `${person(random)}, ${from.name}` : person(random), actor: from?.slug ?? null };
      }),
      summary: { conclusions: findings(random, place, 2, 4), recommendations: findings(random, place, 2, 5) },
      context: paragraphs(random, place, 2, 4),
      selectedFocus: paragraph(random, place),
      ecosystem: paragraphs(random, place, 1, 3),
      portfolio: {
        title: headline(random),
        scope: paragraph(random, place),
        coordinator: actors[0]!.name,
        stakeholders: random.some(actors, random.int(5, 15)).map((a) => ({ category: a.category, name: a.name, actor: a.slug })),
        challenges: themeGroups(random, place),
        opportunities: themeGroups(random, place),
      },
      inventory: actors.map((a) => ({
        actor: { slug: a.slug, name: a.name },
        areaOfExpertise: capitalise(`${random.pick(SECTORS)}, ${random.pick(TOPICS)}`),
        targetGroup: capitalise(random.pick(GROUPS)),
        facets: FACETS.filter(() => random.chance(0.35)),
        innovationNote: random.chance(0.3) ? `${capitalise(random.pick(NOUNS))} for ${random.pick(TOPICS)}.` : null,
        isResource: random.chance(0.1),
        rawText: "",
      })),
      methods: random.some(METHODS, random.int(1, 3)),
      findings: { conclusions: findings(random, place, 3, 6), recommendations: findings(random, place, 3, 8) },
      extraSections: random.chance(0.15) ? [{ heading: "Next steps", body: paragraph(random, place), after: "findings" }] : [],
    };
    yield caseDocumentSchema.parse(document);
  }
}

