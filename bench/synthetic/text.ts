import { ADJECTIVES, GROUPS, NOUNS, SECTORS, SYLLABLES, TOPICS, VERBS } from "./words";

/** A small seeded generator (mulberry32): the same seed gives the same synthetic collection. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  /** Skewed towards the start of the list, so some words are common and others rare, as in real text. */
  const pick = <T>(list: readonly T[]): T => list[Math.floor(list.length * next() ** 1.6)]!;
  const even = <T>(list: readonly T[]): T => list[Math.floor(list.length * next())]!;
  const some = <T>(list: readonly T[], count: number): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, Math.min(count, copy.length));
  };
  return { next, int, pick, even, some, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof createRandom>;

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A made-up proper name: "Valmorka", "Dézuost". */
export function pseudoWord(random: Random, syllables = random.int(2, 3)): string {
  let word = "";
  for (let i = 0; i < syllables; i++) word += random.even(SYLLABLES);
  return capitalise(word);
}

/** Where a text is about, and the named initiatives its sentences may mention (a long tail: a few recur in many cases, most in a handful). */
export type Place = { name: string; initiatives: readonly string[] };

const SENTENCES: Array<(r: Random, place: string) => string> = [
  (r, p) => `${p} has a ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} for ${r.pick(SECTORS)}, but ${r.pick(GROUPS)} rarely reach it.`,
  (r) => `The ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} could ${r.pick(VERBS)} ${r.pick(TOPICS)} across ${r.pick(SECTORS)} and ${r.pick(SECTORS)}.`,
  (r) => `Participants asked the city to ${r.pick(VERBS)} the ${r.pick(NOUNS)} and to ${r.pick(VERBS)} ${r.pick(GROUPS)}.`,
  (r, p) => `In ${p}, ${r.pick(TOPICS)} is discussed mostly by ${r.pick(GROUPS)} and ${r.pick(GROUPS)}.`,
  (r) => `A ${r.pick(ADJECTIVES)} approach to ${r.pick(TOPICS)} would link ${r.pick(SECTORS)} with ${r.pick(TOPICS)}.`,
  (r) => `Funding is ${r.pick(ADJECTIVES)}: each ${r.pick(NOUNS)} depends on ${r.pick(ADJECTIVES)} calls and on ${r.pick(GROUPS)}.`,
  (r) => `There is no shared ${r.pick(NOUNS)} yet, so ${r.pick(GROUPS)} build their own ${r.pick(NOUNS)} for ${r.pick(SECTORS)}.`,
  (r, p) => `${p} could become a testbed for ${r.pick(TOPICS)} if the ${r.pick(NOUNS)} were ${r.pick(ADJECTIVES)}.`,
  (r) => `Experience from ${r.pick(SECTORS)} shows that ${r.pick(GROUPS)} need a ${r.pick(NOUNS)} more than a ${r.pick(NOUNS)}.`,
  (r) => `The ${r.pick(NOUNS)} should ${r.pick(VERBS)} ${r.pick(TOPICS)} and ${r.pick(VERBS)} ${r.pick(TOPICS)} within three years.`,
];

export function sentence(random: Random, { name: place, initiatives }: Place): string {
  const text = random.even(SENTENCES)(random, place);
  if (!initiatives.length || !random.chance(0.2)) return text;
  const name = initiatives[Math.floor(initiatives.length * random.next() ** 3)]!;
  return `${text} The ${name} ${random.even(["programme", "charter", "lab", "fund", "initiative", "network"])} is a case in point.`;
}

export function paragraph(random: Random, place: Place, min = 2, max = 5): string {
  return Array.from({ length: random.int(min, max) }, () => sentence(random, place)).join(" ");
}

export function paragraphs(random: Random, place: Place, min = 1, max = 3): string {
  return Array.from({ length: random.int(min, max) }, () => paragraph(random, place)).join("\n\n");
}

/** A short heading or title: "Scale up open data in ceramics". */
export function headline(random: Random): string {
  return capitalise(`${random.pick(VERBS)} ${random.pick(TOPICS)} in ${random.pick(SECTORS)}`);
}
