import "server-only";
import { findMovedCase } from "../api/published-case";

/**
 * A comparison's cases, those named by an earlier address (an editor changed it: db/case-address.ts) at their address
 * now, so that a shared comparison still opens; null when none of the cases not found was such an address.
 */
export async function withMovedCases(slugs: string[], missing: string[]): Promise<string[] | null> {
  const found = await Promise.all(missing.map(async (slug) => [slug, await findMovedCase(slug)] as const));
  const moved = new Map(found.filter((pair): pair is readonly [string, string] => pair[1] !== null));
  return moved.size ? slugs.map((slug) => moved.get(slug) ?? slug) : null;
}
