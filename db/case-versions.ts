import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { publicVersions } from "@/lib/case/public-versions";
import { storedRevision } from "./case-history";
import { getPublishedCase, type PublishedCase } from "./cases";
import { getDb } from "./client";
import { cachedRead } from "./read-cache";
import { caseRevisions, cases, caseStatusChanges } from "./schema";

/**
 * A version of a published case that readers could read, and when it was last updated while it was the newest
 * (saved, or its status changed): the date its citations gave.
 */
export type CaseVersion = { version: number; updatedAt: string };

/** A version as its own page shows it, with every readable version of the case, newest first. */
export type PublicVersion = { caseDocument: PublishedCase; versions: CaseVersion[] };

type PublishedRow = { id: number; version: number; updatedAt: Date; publishedAt: Date | null };

async function findPublished(slug: string): Promise<PublishedRow | null> {
  const [row] = await getDb().select({ id: cases.id, version: cases.version, updatedAt: cases.updatedAt, publishedAt: cases.publishedAt })
    .from(cases).where(and(eq(cases.slug, slug), eq(cases.status, "published"))).limit(1);
  return row ?? null;
}

/** The readable versions of a published case, newest first (lib/case/public-versions.ts says which they are). */
async function readableVersions(found: PublishedRow): Promise<CaseVersion[]> {
  const [saved, changes] = await Promise.all([
    getDb().select({ version: caseRevisions.version, createdAt: caseRevisions.createdAt }).from(caseRevisions)
      .where(eq(caseRevisions.caseId, found.id)).orderBy(desc(caseRevisions.version)),
    // In the order they were made: ids come from a sequence, under the case's lock; a transaction's start time need not.
    getDb().select({ version: caseStatusChanges.version, to: caseStatusChanges.toStatus, createdAt: caseStatusChanges.createdAt })
      .from(caseStatusChanges).where(eq(caseStatusChanges.caseId, found.id)).orderBy(asc(caseStatusChanges.id)),
  ]);
  const readable = publicVersions(saved.map((s) => s.version), changes, { status: "published", version: found.version });
  const lastChange = (version: number, savedAt: Date) =>
    changes.filter((c) => c.version === version).reduce((last, c) => (c.createdAt > last ? c.createdAt : last), savedAt);
  const versions = saved.filter((s) => readable.has(s.version) && s.version !== found.version)
    .map((s) => ({ version: s.version, updatedAt: lastChange(s.version, s.createdAt).toISOString() }));
  // The newest is dated as the case is, which its page and citation show (and a case saved before revisions were kept has no revision of it).
  return [{ version: found.version, updatedAt: found.updatedAt.toISOString() }, ...versions];
}

/** The versions of a published case that readers can read, newest first; none when the case is not published. */
export function listPublicVersions(slug: string): Promise<CaseVersion[]> {
  return cachedRead(["listPublicVersions", slug], async () => {
    const found = await findPublished(slug);
    return found ? readableVersions(found) : [];
  });
}

/**
 * A version of a published case as it was saved, when readers could read it while it was the newest; null when the
 * case is not published, has no such version, the version was never public, or no longer fits the case format.
 */
export function getPublicVersion(slug: string, version: number): Promise<PublicVersion | null> {
  return cachedRead(["getPublicVersion", slug, version], async () => {
    const found = await findPublished(slug);
    if (!found) return null;
    const versions = await readableVersions(found);
    const asked = versions.find((v) => v.version === version);
    if (!asked) return null;
    const [revision] = await getDb().select({ document: caseRevisions.document }).from(caseRevisions)
      .where(and(eq(caseRevisions.caseId, found.id), eq(caseRevisions.version, version)));
    const content = revision ? storedRevision(revision.document) : null;
    if (!content) {
      // The newest is what the case page shows, whatever became of its revision: its citations point here.
      const now = version === found.version ? await getPublishedCase(slug) : null;
      return now && now.version === version ? { caseDocument: now, versions } : null;
    }
    const caseDocument: PublishedCase = {
      ...content, slug, status: "published", version, updatedAt: asked.updatedAt, publishedAt: found.publishedAt?.toISOString() ?? null,
    };
    return { caseDocument, versions };
  });
}
