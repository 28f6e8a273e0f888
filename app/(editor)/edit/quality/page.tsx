import Link from "next/link";
import { listCasesToCheck } from "@/db/quality";
import { can, type Actor } from "@/lib/auth/roles";
import { STATUS_LABELS } from "@/lib/case/workflow";
import { blocksPublishing, checkCase } from "@/lib/quality/check-case";
import { caseDocumentName } from "@/lib/case/case-name";
import { readerOf, titleUnlessRefused } from "@/app/(editor)/page-access";

/** Who may read the page: the rest get 403 (readerOf), and its title says so too. */
const mayRead = (actor: Actor) => can(actor, "cases:edit", actor.cityIds[0]);

export const generateMetadata = titleUnlessRefused(mayRead, "Quality of the cases");


export default async function QualityPage() {
  const actor = await readerOf("/edit/quality", mayRead);
  const { cases, known } = await listCasesToCheck(actor);
  const checked = cases.map((c) => ({ c, problems: checkCase(c, known) }));
  return (
    <div className="space-y-8">
      <h1>Quality of the cases</h1>
      <p className="max-w-prose">
        Every case you may edit, checked for what typically goes wrong when a document is written or converted. Serious
        problems block publishing until they are fixed.
      </p>
      {checked.map(({ c, problems }) => (
        <section key={c.slug} aria-labelledby={`q-${c.slug}`} className="space-y-3 rounded border border-stone-300 p-4">
          <h2 id={`q-${c.slug}`} className="text-xl">
            <Link href={`/edit/cases/${c.id}`}>{caseDocumentName(c)}</Link>{" "}
            <span className="text-base font-normal">· {STATUS_LABELS[c.status ?? "draft"]}</span>
          </h2>
          <p className={blocksPublishing(problems) ? "font-semibold text-red-900" : "text-teal-900"}>
            {problems.length === 0 ? "No problem found." : `${problems.filter((p) => p.severity === "serious").length} serious, ${problems.filter((p) => p.severity === "warning").length} to look at.`}
          </p>
          {problems.length > 0 && (
            <ul className="list-disc space-y-1 pl-5">
              {problems.map((p, i) => (
                <li key={i}>
                  <strong>{p.severity === "serious" ? "Serious" : "Check"}:</strong> {p.message} (<Link href={`/edit/cases/${c.id}#${p.section}`}>{p.section}</Link>)
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
