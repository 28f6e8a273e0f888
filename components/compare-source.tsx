import { caseDocumentName } from "@/lib/case/case-name";
import { caseUrl } from "@/lib/case/urls";
import { FormattedDate } from "./formatted-date";

type ComparedCase = { slug: string; version?: number; updatedAt?: string; city: { name: string }; policyArea: { name: string }; focus: string | null };

/** On paper only: where the comparison comes from, and which version of each case it shows, for a report to cite. */
export function CompareSource({ url, cases }: { url: string; cases: ComparedCase[] }) {
  return (
    <footer className="prose-text hidden space-y-2 border-t border-stone-300 pt-6 text-sm print:block">
      <p>
        Source: <a href={url} data-bare-url className="wrap-anywhere">{url}</a>
      </p>
      <p>The cases compared, as published:</p>
      <ul className="list-disc pl-5">
        {cases.map((c) => (
          <li key={c.slug}>
            {caseDocumentName(c)}: version {c.version ?? 1}
            {c.updatedAt ? <>, last updated <FormattedDate value={c.updatedAt} /></> : null}, <span className="wrap-anywhere">{caseUrl(c.slug)}</span>
          </li>
        ))}
      </ul>
    </footer>
  );
}
