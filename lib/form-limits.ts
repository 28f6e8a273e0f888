/** The largest form a server action accepts (the editor's whole case, or an upload with its form), in bytes. */
export const MAX_FORM_BYTES = 4 * 1024 * 1024;
