import { z } from "zod";

/** What the audit log can be narrowed to: who, what kind of action (`case.updated`, or all `case.`), and about what. */
export const auditFiltersSchema = z.object({
  who: z.string().trim().toLowerCase().max(320, "An email address is at most 320 characters").optional(),
  action: z.string().trim().max(100, "An action is at most 100 characters").regex(/^[a-z_.]*$/, "Choose an action from the list").optional(),
  subject: z.string().trim().max(300, "A subject is at most 300 characters").optional(),
  page: z.coerce.number({ error: "Page numbers are whole numbers" }).int("Page numbers are whole numbers").min(1, "Pages start at 1").max(100_000, "There are not that many pages").optional(),
});

export type AuditFilters = { who?: string; action?: string; subject?: string; page: number };

/**
 * The filters asked for in the URL: each value that is wrong is left out, with why, so the log still shows
 * (an empty value is no filter).
 */
export function readAuditFilters(params: Record<string, string | undefined>): { filters: AuditFilters; problems: string[] } {
  const filters: AuditFilters = { page: 1 };
  const problems: string[] = [];
  for (const key of ["who", "action", "subject", "page"] as const) {
    if (!params[key]?.trim()) continue;
    const parsed = auditFiltersSchema.shape[key].safeParse(params[key]);
    if (!parsed.success) problems.push(parsed.error.issues[0]!.message);
    else if (parsed.data !== undefined && parsed.data !== "") Object.assign(filters, { [key]: parsed.data });
  }
  return { filters, problems };
}

/** The address of the log with these filters (empty ones left out), on a page. */
export function auditHref(filters: Omit<AuditFilters, "page">, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}
