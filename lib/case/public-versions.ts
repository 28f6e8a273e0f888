import type { CaseStatus } from "./schema";

/** A change of a case's status, at the version the case had then. */
export type StatusChangeAt = { version: number; to: CaseStatus };

/**
 * The versions of a case that readers could read: each was the newest while the case was published, either saved
 * while it was published or published while it was the newest. A status change does not raise the version, so a
 * change at version v came after v was saved, and one at an earlier version before. `changes` in the order they
 * were made; the case's status now counts too (a case published before changes were recorded has none).
 */
export function publicVersions(saved: number[], changes: StatusChangeAt[], now: { status: CaseStatus; version: number }): Set<number> {
  const readable = new Set<number>();
  let status: CaseStatus = "draft";
  let next = 0;
  for (const version of [...saved].sort((a, b) => a - b)) {
    while (next < changes.length && changes[next]!.version < version) status = changes[next++]!.to;
    if (status === "published" || changes.some((c) => c.version === version && c.to === "published")) readable.add(version);
  }
  if (now.status === "published") readable.add(now.version);
  return readable;
}
