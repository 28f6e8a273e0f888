/** How many pages a list of `total` takes, `pageSize` to a page: one at least, where an empty list says it is empty. */
export const pageCountOf = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/**
 * A page past the last of a list that holds something (an old or typed address): no such page. A list that holds
 * nothing says so on any page, with other searches to try.
 */
export const isPastTheLast = (page: number, total: number, pageSize: number) => total > 0 && page > pageCountOf(total, pageSize);
