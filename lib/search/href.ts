export type SearchState = Record<string, string | number | undefined>;

/**
 * The address of a search page with some parameters changed, the others kept: a shareable URL is
 * the whole state of a search. Empty values and the first page are left out, so equal states give
 * equal addresses. Changing anything but the page goes back to the first page.
 */
export function searchHref(path: string, state: SearchState, changes: SearchState = {}): string {
  const isPaging = Object.keys(changes).every((key) => key === "page");
  const merged: SearchState = { ...state, ...(isPaging ? {} : { page: undefined }), ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "" || (key === "page" && Number(value) === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
