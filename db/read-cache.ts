import "server-only";
import { LRUCache } from "lru-cache";
import { cache } from "react";
import { getContentRevision } from "./content-revision";

const entries = new LRUCache<string, { value: Promise<unknown> }>({ max: 2000 });

// Within one server render every read shares one look at the revision.
const currentRevision = cache(getContentRevision);

/**
 * A read of public content, remembered until the content changes. The revision lives in the
 * database, so a change made by another app instance or by the importer is seen on the next request.
 * A read under way is shared too (a page's metadata and its body ask at once); one that fails is forgotten.
 */
export async function cachedRead<T>(key: Array<string | number | null | undefined>, read: () => Promise<T>): Promise<T> {
  const fullKey = JSON.stringify([await currentRevision(), ...key]);
  const hit = entries.get(fullKey);
  if (hit) return hit.value as Promise<T>;
  const value = read();
  entries.set(fullKey, { value });
  value.catch(() => {
    if (entries.get(fullKey)?.value === value) entries.delete(fullKey);
  });
  return value;
}

/** For tests that empty the database between cases, which sets the revision back. */
export function clearReadCache(): void {
  entries.clear();
}
