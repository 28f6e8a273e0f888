import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { publicVersions } from "@/lib/case/public-versions";
import { caseDocumentSchema } from "@/lib/case/schema";
import { getDb } from "./client";
import { getPublishedCase, type PublishedCase } from "./cases";
import { cachedRead } from "./read-cache";
import { caseRevisions, cases, caseStatusChanges } from "./schema";

/** A version of a published case that readers could read, and when it was saved. */
export type CaseVersion = { version: number; savedAt: string };

/** A version as its own page shows it, with the case's newest version. */
export type ReadVersion = { caseDocument: PublishedCase; newest: CaseVersion };

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
    getDb().select({ version: caseStatusChanges.version, to: caseStatusChanges.toStatus }).from(caseStatusChanges)
      .where(eq(caseStatusChanges.caseId, found.id)).orderBy(asc(caseStatusChanges.createdAt), asc(caseStatusChanges.id)),
  ]);
  const readable = publicVersions(saved.map((s) => s.version), changes, { status: "published", version: found.version });
  const versions = saved.filter((s) => readable.has(s.version)).map((s) => ({ version: s.version, savedAt: s.createdAt.toISOString() }));
  // A case saved before revisions were kept has none of its newest: it is the case as it is now.
  if (versions[0]?.version !== found.version) versions.unshift({ version: found.version, savedAt: found.updatedAt.toISOString() });
  return versions;
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
export function getPublicVersion(slug: string, version: number): Promise<ReadVersion | null> {
  return cachedRead(["getPublicVersion", slug, version], async () => {
    const found = await findPublished(slug);
    if (!found) return null;
    const versions = await readableVersions(found);
    const asked = versions.find((v) => v.version === version);
    if (!asked) return null;
    const [revision] = await getDb().select({ document: caseRevisions.document }).from(caseRevisions)
      .where(and(eq(caseRevisions.caseId, found.id), eq(caseRevisions.version, version)));
    if (!revision) {
      const now = await getPublishedCase(slug);
      return now && now.version === version ? { caseDocument: now, newest: asked } : null;
    }
    // Stored as it was valid when saved; read again in case the case format has moved on since.
    const parsed = caseDocumentSchema.safeParse(revision.document);
    if (!parsed.success) return null;
    const caseDocument: PublishedCase = {
      ...parsed.data, slug, status: "published", version, updatedAt: asked.savedAt, publishedAt: found.publishedAt?.toISOString() ?? null,
    };
    return { caseDocument, newest: versions[0]! };
  });
}
