import "server-only";
import { arrayOverlaps, inArray, or, sql } from "drizzle-orm";
import type { ActorRef } from "@/lib/case/schema";
import { organisationKey } from "@/lib/importer/actors";
import { organisations } from "./schema";
import type { Database } from "./client";
import type { Transaction } from "./transaction";

type Known = { id: number; slug: string; name: string; matchKey: string; aliases: string[]; mergedSlugs: string[]; isSample: boolean };

/**
 * Finds the organisation of each actor (by slug, by the slug of one merged into it, by match key, or by alias), creating the missing
 * ones, and records a spelling not seen before as an alias. Returns actor slug -> organisation id, and whether an
 * organisation was created or changed (public content, whatever the case's status).
 */
export async function resolveOrganisations(tx: Transaction, actors: ActorRef[], { isSample = false } = {}): Promise<{ ids: Map<string, number>; changed: boolean }> {
  const unique = [...new Map(actors.map((a) => [a.slug, a])).values()];
  const keys = unique.map((a) => organisationKey(a.name));
  const known: Known[] = unique.length
    ? await tx
        .select({
          id: organisations.id, slug: organisations.slug, name: organisations.name, matchKey: organisations.matchKey,
          aliases: organisations.aliases, mergedSlugs: organisations.mergedSlugs, isSample: organisations.isSample,
        })
        .from(organisations)
        .where(or(
          inArray(organisations.slug, unique.map((a) => a.slug)), arrayOverlaps(organisations.mergedSlugs, unique.map((a) => a.slug)),
          inArray(organisations.matchKey, keys), arrayOverlaps(organisations.aliases, unique.map((a) => a.name)),
        ))
    : [];
  const result = new Map<string, number>();
  let changed = false;
  for (const actor of unique) {
    const key = organisationKey(actor.name);
    const match = known.find((o) => o.slug === actor.slug) ?? known.find((o) => o.mergedSlugs.includes(actor.slug))
      ?? (key ? known.find((o) => o.matchKey === key) : undefined) ?? known.find((o) => o.aliases.includes(actor.name));
    if (match) {
      result.set(actor.slug, match.id);
      const isNewSpelling = match.name !== actor.name && !match.aliases.includes(actor.name);
      if (isNewSpelling) match.aliases.push(actor.name);
      if (isNewSpelling || (match.isSample && !isSample)) {
        match.isSample &&= isSample;
        await tx.update(organisations).set({ aliases: match.aliases, isSample: match.isSample, updatedAt: new Date() }).where(sql`${organisations.id} = ${match.id}`);
        changed = true;
      }
      continue;
    }
    const [created] = await tx.insert(organisations).values({ slug: actor.slug, name: actor.name, matchKey: key, isSample }).returning({ id: organisations.id });
    known.push({ id: created!.id, slug: actor.slug, name: actor.name, matchKey: key, aliases: [], mergedSlugs: [], isSample });
    result.set(actor.slug, created!.id);
    changed = true;
  }
  return { ids: result, changed };
}

/** Organisations whose match key is one of these: for names that point at no actor of their own case. */
export async function findOrganisationsByKey(tx: Transaction, names: string[]): Promise<Map<string, number>> {
  const keys = [...new Set(names.map(organisationKey).filter(Boolean))];
  if (!keys.length) return new Map();
  const rows = await tx.select({ id: organisations.id, matchKey: organisations.matchKey }).from(organisations).where(inArray(organisations.matchKey, keys));
  return new Map(rows.map((r) => [r.matchKey, r.id]));
}

/**
 * Keys again the organisations whose stored match key is not the one organisationKey makes: those keyed before
 * letters of every script counted (migration 0021), or restored from a dump made then. Only a name with a character
 * outside ASCII can have another key now. Returns how many were keyed again, and the names of those that held the
 * empty key and spellings of other keys: organisations then matched together wrongly, which keying does not split.
 */
export async function rekeyOrganisations(db: Database): Promise<{ rekeyed: number; joined: string[] }> {
  const rows = await db.select({ id: organisations.id, name: organisations.name, matchKey: organisations.matchKey, aliases: organisations.aliases })
    .from(organisations).where(sql`${organisations.name} ~ '[^\x01-\x7f]'`);
  const stale = rows.map((row) => ({ ...row, key: organisationKey(row.name) })).filter((row) => row.key !== row.matchKey);
  // Only if still so named: a rename meanwhile wrote its own key.
  for (const row of stale) {
    await db.update(organisations).set({ matchKey: row.key }).where(sql`${organisations.id} = ${row.id} and ${organisations.name} = ${row.name}`);
  }
  const joined = stale.filter((row) => row.matchKey === "" && row.aliases.some((alias) => ![row.key, ""].includes(organisationKey(alias))));
  return { rekeyed: stale.length, joined: joined.map((row) => row.name) };
}
