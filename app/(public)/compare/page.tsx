import type { Metadata } from "next";
import { permanentRedirect, redirect } from "next/navigation";
import { connection } from "next/server";
import { ComparePicker } from "@/components/compare-picker";
import { CompareSource } from "@/components/compare-source";
import { CompareTable } from "@/components/compare-table";
import { OpsiDiamond } from "@/components/opsi-diamond";
import { OpsiFacetTable } from "@/components/opsi-facet-table";
import { Section } from "@/components/section";
import { SharedAcrossCases } from "@/components/shared-across-cases";
import { listPublishedCases } from "@/db/cases";
import { getComparison } from "@/db/compare";
import { withMovedCases } from "@/lib/compare/moved-cases";
import { caseSlugsOf, chosenTwiceAt, compareHref, MIN_CASES, missingCasesMessage, readCompareRequest } from "@/lib/compare/compare-params";
import { caseDocumentName, caseName } from "@/lib/case/case-name";
import { pageMetadata } from "@/lib/page-metadata";
import { absoluteUrl } from "@/lib/site";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DESCRIPTION = "Compare the innovation portfolios of two to four cities side by side: stakeholders, challenges, opportunities, findings and the OPSI facets of their inventories.";

/** A comparison is shared by its address: its title, canonical address and preview name the cases compared. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  await connection();
  const request = readCompareRequest(await searchParams);
  const names = new Map((request.ok ? await listPublishedCases() : []).map((c) => [c.slug, caseName(c)]));
  const compared = request.slugs.flatMap((slug) => names.get(slug) ?? []);
  if (!request.ok || compared.length !== request.slugs.length) return pageMetadata({ title: "Compare portfolios", description: DESCRIPTION, path: "/compare" });
  return pageMetadata({
    title: `Compare ${compared.join("; ")}`,
    description: `The innovation portfolios of ${compared.join("; ")} side by side: stakeholders, challenges, opportunities, findings and the OPSI facets of their inventories.`,
    // The same cases in another order are the same comparison: one canonical address for all orders.
    path: compareHref(request.slugs.toSorted()),
  });
}

function Message({ children, id }: { children: React.ReactNode; id?: string }) {
  return (
    <div id={id} role="alert" className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
      {children}
    </div>
  );
}

const PROBLEM_ID = "compare-problem";

export default async function ComparePage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const asked = caseSlugsOf(params);
  // A plain form sends `cases=a&cases=b&cases=`: answer with the one shareable address of that comparison.
  if (asked.length && params.cases !== asked.join(",")) redirect(compareHref(asked));

  const choices = await listPublishedCases();
  // A case chosen twice is said by its name, as the picker shows it.
  const names = new Map(choices.map((c) => [c.slug, caseName(c)]));
  const request = readCompareRequest(params, (slug) => names.get(slug) ?? slug);
  const comparison = request.ok ? await getComparison(request.slugs) : null;
  const published = new Set(choices.map((c) => c.slug));
  // A comparison that cannot be made yet still says which of its cases are not published.
  const missing = comparison?.missing ?? request.slugs.filter((slug) => !published.has(slug));
  const moved = missing.length ? await withMovedCases(request.slugs, missing) : null;
  if (moved) permanentRedirect(compareHref(moved));
  // "Compare with..." links from a case or a city bring one case: the start of a comparison, not a mistake (unless
  // that case is unknown, which the message on missing cases says).
  const isLone = !request.ok && asked.length === 1 && request.slugs.length === 1;
  const isStart = isLone && !missing.length;
  const ready = comparison && !missing.length;

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1>Compare innovation portfolios</h1>
        <p className="max-w-prose">Put the cases of two to four cities side by side. The address of this page holds the whole comparison: share it and others see the same.</p>
      </header>
      {isStart ? (
        <p role="status" className="rounded border-l-4 border-teal-700 bg-teal-50 p-4 text-teal-950">
          Choose at least one more case to compare with the one chosen.
        </p>
      ) : asked.length > 0 && !request.ok && !isLone ? (
        <Message id={PROBLEM_ID}>{request.message}. Choose the cases again below.</Message>
      ) : params.cases !== undefined && !asked.length ? (
        // The picker sent with nothing chosen.
        <Message>Choose at least {MIN_CASES} cases to compare, below.</Message>
      ) : null}
      {missing.length ? (
        <Message>
          {missingCasesMessage(missing)}. {missing.length === 1 ? "It may be unpublished or misspelt" : "They may be unpublished or misspelt"}; choose the cases again below.
        </Message>
      ) : null}
      <ComparePicker choices={choices} selected={request.slugs} chosenTwice={chosenTwiceAt(request.slugs)} problemId={PROBLEM_ID} />
      {ready ? (
        <>
          <p className="compare-exports text-sm">
            {/* Files, not pages: plain links, which Next does not prefetch as pages (its prefetch of a file got 400). */}
            Download this comparison as <a href={`/compare/export.csv?cases=${request.slugs.join(",")}`}>CSV</a> or{" "}
            <a href={`/compare/export.json?cases=${request.slugs.join(",")}`}>JSON</a>.
          </p>
          <Section id="portfolios" title="The portfolios side by side">
            <CompareTable columns={comparison.cases.map((c) => ({ ...c, removeHref: compareHref(request.slugs.filter((s) => s !== c.slug)) }))} />
          </Section>
          <Section id="opsi" title="Inventories through the OPSI model">
            <p className="max-w-prose">
              Each local actor of an inventory is classed by the OECD OPSI innovation facets. The diamond places each case by the
              mean of its actors' facets: enhancement-oriented pulls to certainty (left), anticipatory to uncertainty (right),
              mission-oriented to directed (top) and adaptive to undirected (bottom).
            </p>
            <div className="grid gap-6 lg:grid-cols-2">
              <OpsiFacetTable columns={comparison.cases.map((c) => ({ slug: c.slug, label: caseDocumentName(c), counts: c.facetCounts, actors: c.inventory.length }))} />
              <OpsiDiamond points={comparison.cases.map((c) => ({ slug: c.slug, label: caseDocumentName(c), counts: c.facetCounts }))} />
            </div>
          </Section>
          <Section id="shared" title="What the cases share">
            <SharedAcrossCases
              organisations={comparison.sharedOrganisations}
              themes={comparison.themes}
              caseLabel={(slug) => { const c = comparison.cases.find((k) => k.slug === slug); return c ? caseDocumentName(c) : slug; }}
            />
          </Section>
          <CompareSource url={absoluteUrl(compareHref(request.slugs))} cases={comparison.cases} />
        </>
      ) : null}
    </div>
  );
}
