/** Set by scripts/error-pages.mjs on its own requests for the pages it sends whole, where Next leaves them to its scripts. */
export const WHOLE_PAGE_HEADER = "x-ekip-whole-page";
