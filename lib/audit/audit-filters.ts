import { z } from "zod";
import { pageFilterSchema } from "../search/filter-fields";

export const AUDIT_PATH = "/admin/audit";
export const AUDIT_PAGE_SIZE = 100;

/**
 * What the audit log can be narrowed to: who, what kind of action (`case.updated`, or all `case.`), and about
 * what. Read leniently from the address (lib/search/lenient-params.ts): a wrong value is left out, and said.
 */
export const auditFiltersSchema = z.object({
  who: z.string().trim().toLowerCase().max(320, "an email address of at most 320 characters").optional(),
  action: z.string().trim().max(100, "an action of at most 100 characters").regex(/^[a-z_.]+$/, "an action from the list").optional(),
  // Every subject is written in lower case (slugs, and email addresses as sign-in reads them).
  subject: z.string().trim().toLowerCase().max(300, "a subject of at most 300 characters").optional(),
  page: pageFilterSchema(AUDIT_PAGE_SIZE),
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;
