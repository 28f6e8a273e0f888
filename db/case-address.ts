import "server-only";
import { and, arrayContains, eq, ne, or } from "drizzle-orm";
import { assertCan, type Actor } from "@/lib/auth/roles";
import { recordAudit } from "./audit";
import { getDb } from "./client";
import { bumpContentRevision } from "./content-revision";
import { cases } from "./schema";
import type { Transaction } from "./transaction";

/** An address refused: its message is said beside the form's field. */
export class AddressError extends Error {}

export type AddressChange = { from: string; to: string; /** The earlier address leads to the new one: the case was public. */ leadsHere: boolean };

/** Why another case's address, or one it had (`holder`, its address now), may not be taken. */
export const addressTaken = (slug: string, holder: string) =>
  holder === slug
    ? `The address ${slug} is taken by another case: choose another`
    : `The address ${slug} was another case's, and still leads to it (/cases/${holder}): choose another`;

/** The case (its address now) that has `slug` as its address or had it while public, other than `caseId`. */
export async function findAddressHolder(tx: Transaction, slug: string, caseId?: number): Promise<string | undefined> {
  const [holder] = await tx.select({ slug: cases.slug }).from(cases)
    .where(and(or(eq(cases.slug, slug), arrayContains(cases.formerSlugs, [slug])), caseId === undefined ? undefined : ne(cases.id, caseId)))
    .limit(1);
  return holder?.slug;
}

/**
 * Gives a case a new address. A case that readers could read keeps its earlier address as one that leads to the new
 * one (its pages, versions, downloads and API answers), so that citations and links still work, and no other case
 * may take it; a case never published leaves nothing behind. Moving back to an earlier address takes it off that list.
 * The content, its version and its history are unchanged; the audit log records who moved it.
 */
export async function changeCaseAddress(by: Actor | null, caseId: number, slug: string): Promise<AddressChange> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select({ slug: cases.slug, cityId: cases.cityId, publishedAt: cases.publishedAt, formerSlugs: cases.formerSlugs })
      .from(cases).where(eq(cases.id, caseId)).for("update");
    if (!row) throw new AddressError("No such case");
    assertCan(by, "cases:address", row.cityId);
    if (slug === row.slug) throw new AddressError(`The case's address is ${slug} already`);
    const holder = await findAddressHolder(tx, slug, caseId);
    if (holder) throw new AddressError(addressTaken(slug, holder));
    const leadsHere = row.publishedAt !== null;
    const formerSlugs = [...row.formerSlugs.filter((s) => s !== slug), ...(leadsHere ? [row.slug] : [])];
    await tx.update(cases).set({ slug, formerSlugs }).where(eq(cases.id, caseId));
    await recordAudit(tx, { by, action: "case.address_changed", subject: slug, details: { from: row.slug, leadsHere } });
    if (leadsHere) await bumpContentRevision(tx, { recount: false });
    return { from: row.slug, to: slug, leadsHere };
  });
}
