import Link from "next/link";
import type { CaseSummary } from "@/db/cases";
import { caseName } from "@/lib/case/case-name";
import { FormattedDate } from "./formatted-date";

/** What the address of a case that was published, and is no longer, shows: so that citations of it do not end in "not found". */
export function WithdrawnCase({ withdrawn }: { withdrawn: CaseSummary }) {
  return (
    <div className="prose-text space-y-4">
      <h1>{caseName(withdrawn)}</h1>
      <p>
        <strong>This case is no longer published.</strong>
        {withdrawn.publishedAt ? <> It was published on <FormattedDate value={withdrawn.publishedAt} />.</> : null}{" "}
        The ekip partnership has withdrawn it, for instance to revise it; if it is published again, it will be at this address.
      </p>
      <p>
        <Link href="/cases">Browse the published cases</Link> or <Link href="/recommendations">read their recommendations</Link>.
      </p>
    </div>
  );
}
