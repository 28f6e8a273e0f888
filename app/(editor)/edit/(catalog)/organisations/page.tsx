import Link from "next/link";
import { z } from "zod";
import { ActionForm } from "@/components/action-form";
import { Pagination } from "@/components/pagination";
import { TextField } from "@/components/user-fields";
import { listOrganisations } from "@/db/catalog";
import { countOf } from "@/lib/plain-text";
import { searchHref } from "@/lib/search/href";
import { firstValues } from "@/lib/search/query-params";
import { forgetSpellingAction, mergeOrganisationsAction, renameOrganisationAction } from "../actions";
import { button, catalogEditor, catalogTitle } from "../catalog-editor";
import { OrganisationSelect } from "./organisation-select";
import { TableScroll } from "@/components/table-scroll";

const PATH = "/edit/organisations";

export const generateMetadata = catalogTitle("Organisations");

const querySchema = z
  .object({ q: z.string().trim().max(200).catch(""), page: z.coerce.number().int().min(1).max(100_000).catch(1) })
  .catch({ q: "", page: 1 });

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await catalogEditor(PATH);
  const { q, page } = querySchema.parse(firstValues(await searchParams));
  const found = await listOrganisations(actor, { q, page });
  const { organisations, total } = found;
  const pageCount = Math.ceil(total / found.pageSize);
  const paged = pageCount > 1;
  return (
    <div className="space-y-10">
      <h1>Organisations</h1>
      <form role="search" aria-label="Organisations" method="get" className="flex flex-wrap items-end gap-3">
        <TextField id="q" name="q" label="Name, or another spelling of it, contains" type="search" defaultValue={q} />
        <button type="submit" className={button}>Search</button>
        {q ? <Link href={PATH}>Show every organisation</Link> : null}
      </form>
      <section aria-labelledby="merge" className="space-y-4">
        <h2 id="merge">Merge two organisations</h2>
        <p className="max-w-prose">
          Every case that names the second one names the first one instead; the second one&apos;s names become other spellings
          of the first, its page redirects there, and it is deleted. This cannot be undone.
          {paged ? " Only the organisations on this page are offered: search for the two by name." : q ? " Only the organisations found are offered." : ""}
        </p>
        <ActionForm action={mergeOrganisationsAction} idPrefix="merge" className="max-w-2xl space-y-4">
          <OrganisationSelect id="merge-keep" name="keep" label="Organisation to keep" organisations={organisations} />
          <OrganisationSelect id="merge-merge" name="merge" label="Organisation to merge into it (deleted)" organisations={organisations} />
          <p className="flex items-start gap-2">
            <input type="checkbox" id="merge-confirmed" name="confirmed" className="mt-1.5 size-5 shrink-0" />
            <label htmlFor="merge-confirmed">I understand that the second organisation is deleted and that a merge cannot be undone</label>
          </p>
          <button type="submit" className={button}>Merge</button>
        </ActionForm>
      </section>
      <section aria-labelledby="found" className="space-y-4">
        <h2 id="found">{q ? `${countOf(total, "organisation")} found for “${q}”` : `Every organisation (${total})`}</h2>
        <p className="max-w-prose">
          Other spellings are kept so that an imported case finds its organisation by them; forget one that was a mistake.
          One that a case&apos;s inventory uses is kept.
        </p>
        {paged && organisations.length ? <p>Organisations {(page - 1) * found.pageSize + 1} to {(page - 1) * found.pageSize + organisations.length}, by name.</p> : null}
        <TableScroll labelledBy="organisations-caption">
          <table className="w-full text-left">
            <caption id="organisations-caption" className="sr-only">Organisations, by name</caption>
            <thead>
              <tr><th scope="col">Organisation</th><th scope="col">Also written as</th><th scope="col">Cases</th><th scope="col">Rename</th></tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.slug} className="border-t border-stone-200 align-top">
                  <td><Link href={`/actors/${o.slug}`}>{o.name}</Link></td>
                  <td><Spellings slug={o.slug} name={o.name} aliases={o.aliases} /></td>
                  <td>{o.caseCount}</td>
                  <td>
                    <ActionForm action={renameOrganisationAction} idPrefix={`o-${o.slug}`} row>
                      <input type="hidden" name="slug" value={o.slug} />
                      <TextField id={`o-${o.slug}-name`} name="name" label={`New name for ${o.name}`} defaultValue={o.name} />
                      <button type="submit" className={button}>Rename<span className="sr-only"> {o.name}</span></button>
                    </ActionForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <Pagination page={page} pageCount={pageCount} previousHref={searchHref(PATH, { q }, { page: Math.min(page - 1, pageCount) })} nextHref={searchHref(PATH, { q }, { page: page + 1 })} />
      </section>
    </div>
  );
}

/** An organisation's other spellings, each of which can be forgotten (a mistyped rename, say). */
function Spellings({ slug, name, aliases }: { slug: string; name: string; aliases: string[] }) {
  if (!aliases.length) return null;
  return (
    <ActionForm action={forgetSpellingAction} idPrefix={`s-${slug}`}>
      <input type="hidden" name="slug" value={slug} />
      <ul id={`s-${slug}-spelling`} className="space-y-1">
        {aliases.map((alias) => (
          <li key={alias} className="flex flex-wrap items-baseline gap-x-2">
            <span>{alias}</span>
            <button type="submit" name="spelling" value={alias} className="min-h-6 text-sm underline">
              Forget<span className="sr-only"> the spelling “{alias}” of {name}</span>
            </button>
          </li>
        ))}
      </ul>
    </ActionForm>
  );
}
