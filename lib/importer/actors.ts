import type { ActorRef } from "../case/schema";
import { foldCase } from "../slug";

/**
 * A name reduced to what identifies an organisation: "LightLab.io" and "Lightlab" meet, so do "HACNUM network" and
 * "réseau HACNUM". Letters of every script count ("Δήμος Θεσσαλονίκης" is δημοσθεσσαλονικησ, its final sigma spelt σ
 * as a capital's is): keeping a to z alone gave every Greek or Cyrillic name the same, empty, key. A name with
 * neither letters nor digits has the empty key, which matches no other.
 */
export function organisationKey(name: string): string {
  return foldCase(name)
    .replace(/\.(io|com|fr|org|eu|net)\b/g, "")
    .replace(/\b(the|network|reseau|association)\b/g, "")
    // Letters, not modifier letters: Ukrainian writes its apostrophe ʼ (one), ’ or ' alike.
    .replace(/[^\p{L}\p{N}]|\p{Lm}/gu, "");
}

/** The actor a participant or stakeholder names: whole name first, then the organisation before a comma ("City of X, Culture Department"). */
export function matchActor(name: string, actors: ActorRef[]): ActorRef | null {
  const byKey = new Map(actors.map((a) => [organisationKey(a.name), a]));
  const candidates = [name, name.split(",")[0]!, name.split(/\s[–—-]\s|\(/)[0]!];
  for (const candidate of candidates) {
    const key = organisationKey(candidate);
    const actor = key ? byKey.get(key) : undefined;
    if (actor) return actor;
  }
  return null;
}
