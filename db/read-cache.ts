import "server-only";
import { LRUCache } from "lru-cache";
import { cache } from "react";
import { getContentRevision } from "./content-revision";

const entries = new LRUCache<string, { value: unknown }>({ max: 2000 });

// Within one server render every read shares one look at the revision.
const currentRevision = cache(getContentRevision);

/**
 * A read of public content, remembered until the content changes. The revision lives in the
 * database, so a change made by another app instance or by the importer is seen on the next request.
 */
export async function cachedRead<T>(key: Array<string | number | null | undefined>, read: () => Promise<T>): Promise<T> {
  const fullKey = JSON.stringify([await currentRevision(), ...key]);
  const hit = entries.get(fullKey);
  if (hit) return hit.value as T;
  const value = await read();
  entries.set(fullKey, { value });
  return value;
}

/** For tests that empty the database between cases, which sets the revision back. */
export function clearReadCache(): void {
  entries.clear();
}
