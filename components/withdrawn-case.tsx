import Link from "next/link";
import type { WithdrawnCase as Withdrawn } from "@/db/cases";
import { FormattedDate } from "./formatted-date";

/**
 * What the address of a case that was published, and is no longer, shows: so that citations of it do not end in
 * "not found". Only the address and the date: the case's name may have changed in a draft since, which is not public.
 */
export function WithdrawnCase({ withdrawn }: { withdrawn: Withdrawn }) {
  return (
    <div className="prose-text space-y-4">
      <h1>This case is no longer published</h1>
      <p>
        The case at <code>/cases/{withdrawn.slug}</code> was published on <FormattedDate value={withdrawn.publishedAt} />. The
        ekip partnership has withdrawn it, for instance to revise it; if it is published again, it will be at this address.
      </p>
      <p>
        <Link href="/cases">Browse the published cases</Link> or <Link href="/recommendations">read their recommendations</Link>.
      </p>
    </div>
  );
}
