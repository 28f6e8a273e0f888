import Link from "next/link";
import type { ReactNode } from "react";
import { STAKEHOLDER_CATEGORIES, STAKEHOLDER_CATEGORY_LABELS, type Finding, type ThemeGroup } from "@/lib/case/schema";
import type { ComparedCase } from "@/db/compare";
import { leadInRest } from "@/lib/case/findings";
import { SampleLabel } from "./sample-label";
import { TableScroll } from "./table-scroll";
import { caseDocumentName, withFocus } from "@/lib/case/case-name";

type Column = ComparedCase & { removeHref: string };

function Groups({ groups }: { groups: ThemeGroup[] }) {
  if (!groups.length) return <p className="text-stone-600">None listed</p>;
  return (
    <div className="space-y-2">
      {groups.map((g) => (
        <div key={g.heading}>
          <p className="font-semibold">{g.heading}</p>
          <ul className="list-disc pl-5">
            {g.items.map((item) => <li key={item}>{item}</li>)}
          </ul>
        </div>
      ))}
    </div>
  );
}

function Findings({ findings }: { findings: Finding[] }) {
  if (!findings.length) return <p className="text-stone-600">None</p>;
  return (
    <ol className="space-y-2">
      {findings.map((f) => {
        // A body that opens with its title goes on from it in the same sentence.
        const rest = leadInRest(f);
        return (
          <li key={f.number}>
            <span className="font-semibold">{f.number}. {f.title}</span>{rest ?? ` ${f.body}`}
          </li>
        );
      })}
    </ol>
  );
}

/** Every category that any compared case uses, in the same order in each column: a category one case lacks says so. */
function Stakeholders({ c, all }: { c: ComparedCase; all: ComparedCase[] }) {
  const used = STAKEHOLDER_CATEGORIES.filter((cat) => all.some((k) => k.portfolio.stakeholders.some((s) => s.category === cat)));
  if (!c.portfolio.stakeholders.length) return <p className="text-stone-600">None listed</p>;
  return (
    <dl className="space-y-1">
      {used.map((cat) => {
        const list = c.portfolio.stakeholders.filter((s) => s.category === cat);
        return (
          <div key={cat}>
            <dt className="font-semibold">{STAKEHOLDER_CATEGORY_LABELS[cat]} ({list.length})</dt>
            <dd className={list.length ? undefined : "text-stone-600"}>{list.length ? list.map((s) => s.name).join("; ") : "None"}</dd>
          </div>
        );
      })}
    </dl>
  );
}

/**
 * On a phone the header row is long scrolled away when a tall row is read: each cell names its case again.
 * Hidden from screen readers, which name the column from its header.
 */
function CellCase({ column, name }: { column: number; name: string }) {
  return (
    <span className="cell-case" aria-hidden="true">
      <SeriesMarker column={column} /> {name}
    </span>
  );
}

/** A case's numbered colour, as the OPSI diamond marks it. */
function SeriesMarker({ column }: { column: number }) {
  return <span className="series-marker" data-series={column} aria-hidden="true">{column}</span>;
}

const ROWS: Array<{ id: string; label: string; cell: (c: ComparedCase, all: ComparedCase[]) => ReactNode }> = [
  { id: "place", label: "City and policy area", cell: (c) => withFocus(`${c.city.name}, ${c.city.country.name} · ${c.policyArea.name}`, c.focus) },
  { id: "portfolio", label: "Portfolio", cell: (c) => c.portfolio.title || "—" },
  { id: "scope", label: "Scope", cell: (c) => c.portfolio.scope || "—" },
  { id: "coordinator", label: "Coordinator", cell: (c) => c.portfolio.coordinator || "—" },
  { id: "stakeholders", label: "Stakeholders by category", cell: (c, all) => <Stakeholders c={c} all={all} /> },
  { id: "challenges", label: "Key challenges", cell: (c) => <Groups groups={c.portfolio.challenges} /> },
  { id: "opportunities", label: "Key opportunities", cell: (c) => <Groups groups={c.portfolio.opportunities} /> },
  { id: "conclusions", label: "Conclusions", cell: (c) => <Findings findings={c.findings.conclusions} /> },
  { id: "recommendations", label: "Recommendations", cell: (c) => <Findings findings={c.findings.recommendations} /> },
];

/** A column's heading: the case's number and name, and the sample label where it is one. */
function CaseHeading({ c, column }: { c: ComparedCase; column: number }) {
  return (
    <>
      <SeriesMarker column={column} />{" "}
      <Link href={`/cases/${c.slug}`}>{caseDocumentName(c)}</Link>
      {c.sample ? <span className="mt-1 block"><SampleLabel /></span> : null}
    </>
  );
}

/**
 * On paper only: one table to a part, whose heading (the part, then the cases) the browser repeats on every sheet
 * a tall part runs over. In the one table of the screen a row that went on over a page break went on unnamed.
 */
function CompareTablesForPrint({ columns }: { columns: Column[] }) {
  return (
    <div className="compare-print">
      {ROWS.map((row) => (
        <table key={row.id} className="compare-print-table">
          <thead>
            <tr><th scope="colgroup" colSpan={columns.length} className="compare-print-part">{row.label}</th></tr>
            <tr>{columns.map((c, i) => <th scope="col" key={c.slug}><CaseHeading c={c} column={i + 1} /></th>)}</tr>
          </thead>
          <tbody>
            <tr>{columns.map((c) => <td key={c.slug}>{row.cell(c, columns)}</td>)}</tr>
          </tbody>
        </table>
      ))}
    </div>
  );
}

/** The cases side by side: one column each, one row per part of the case, so the eye reads across. */
export function CompareTable({ columns }: { columns: Column[] }) {
  // A city's name, or the case's whole name where two cases share the city.
  const cities = columns.map((c) => c.city.name);
  const cellNames = columns.map((c) => (cities.indexOf(c.city.name) !== cities.lastIndexOf(c.city.name) ? caseDocumentName(c) : c.city.name));
  return (
    <>
      <p className="compare-scroll-hint text-sm text-stone-700">One column per case; on a narrow screen the table scrolls sideways.</p>
      <TableScroll labelledBy="compare-caption" className="scroll-hint compare-screen">
        <table className="compare-table">
          <caption id="compare-caption" className="sr-only">The innovation portfolios side by side</caption>
          <thead>
            <tr>
              <td />
              {columns.map((c, i) => (
                <th scope="col" key={c.slug} className="align-top">
                  <CaseHeading c={c} column={i + 1} />
                  <span className="mt-1 block text-sm font-normal">
                    <Link href={c.removeHref}>Remove {caseDocumentName(c)} from the comparison</Link>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.id}>
                <th scope="row"><span className="part-name">{row.label}</span></th>
                {columns.map((c, i) => (
                  <td key={c.slug}>
                    {row.id === "place" ? null : <CellCase column={i + 1} name={cellNames[i]!} />}
                    {row.cell(c, columns)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <CompareTablesForPrint columns={columns} />
    </>
  );
}
