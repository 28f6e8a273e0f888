import { pageCountOf } from "../search/page-count";
import { absoluteUrl } from "../site";

type Query = Record<string, string | number | undefined> & { page: number };

/** The address of a search of the API: the parameters given, page 1 written without `page`. */
export function searchUrl(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (key !== "page" && value !== undefined) params.set(key, String(value));
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return absoluteUrl(search ? `${path}?${search}` : path);
}

/** The addresses of this page of results and of its neighbours; page 1 is written without `page`. */
export function pageLinks(path: string, query: Query, { pageSize, total }: { pageSize: number; total: number }) {
  const at = (page: number) => searchUrl(path, { ...query, page });
  const lastPage = pageCountOf(total, pageSize);
  return {
    self: at(query.page),
    next: query.page < lastPage ? at(query.page + 1) : null,
    prev: query.page > 1 ? at(Math.min(query.page - 1, lastPage)) : null,
  };
}
