import { z } from "zod";

export const ROLE_VALUES = ["admin", "editor", "city_editor"] as const;
export const roleSchema = z.enum(ROLE_VALUES, { error: "Choose admin, editor or city editor" });
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", editor: "Editor (ekip staff)", city_editor: "City editor" };

/** Who is asking: read fresh from the database on every request. */
export type Actor = { id: number; email: string; role: Role; cityIds: number[]; /** Where the request came from (requestAddress), for the audit log. */ address?: string };

export type Permission =
  | "users:manage"
  | "audit:read"
  | "cases:create"
  | "cases:edit"
  | "cases:submit"
  | "cases:publish"
  | "cases:archive"
  /** A case's address (/cases/{slug}), which readers cite: its earlier one leads to the new one. */
  | "cases:address"
  | "catalog:manage"
  /** The editors' note on a case: ekip's own word, not the city's. */
  | "cases:note";

const GRANTS: Record<Role, Permission[]> = {
  admin: ["users:manage", "audit:read", "cases:create", "cases:edit", "cases:submit", "cases:publish", "cases:archive", "cases:address", "catalog:manage", "cases:note"],
  editor: ["cases:create", "cases:edit", "cases:submit", "cases:publish", "cases:archive", "cases:address", "catalog:manage", "cases:note"],
  // Only for cases of their own cities, and only while the case is a draft (checked with the case).
  city_editor: ["cases:create", "cases:edit", "cases:submit"],
};

/** A refusal of the rights: 403 and nothing changed. Its message is the reason, a sentence, said to the person refused. */
export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message = "Your account does not have the rights for this.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** May this person do this (to a case of this city, when it is about a case)? Anonymous may do nothing. */
export function can(actor: Actor | null, permission: Permission, cityId?: number): boolean {
  if (!actor || !GRANTS[actor.role].includes(permission)) return false;
  if (actor.role === "city_editor" && permission.startsWith("cases:")) return cityId !== undefined && actor.cityIds.includes(cityId);
  return true;
}

// Said to someone who tries what their role may not do (every role creates, edits and submits cases).
const WHO_MAY: Partial<Record<Permission, string>> = {
  "users:manage": "Only an admin manages people and roles.",
  "audit:read": "Only an admin reads the audit log.",
  "cases:publish": "Only an ekip editor or an admin publishes a case, or moves it back to draft.",
  "cases:archive": "Only an ekip editor or an admin archives a case.",
  "cases:address": "Only an ekip editor or an admin changes a case's address.",
  "catalog:manage": "Only an ekip editor or an admin manages cities, policy areas and organisations.",
  "cases:note": "Only an ekip editor or an admin writes the editors' note on a case.",
};

/** Why anonymous may do nothing here: a session that ended, or an account deactivated, meanwhile. */
export const SIGNED_OUT = "You are signed out, or your account was deactivated.";

/** Why `can` says no, as a sentence for the person refused. */
export function whyNot(actor: Actor | null, permission: Permission): string {
  if (!actor) return SIGNED_OUT;
  const ofRole = GRANTS[actor.role].includes(permission) ? undefined : WHO_MAY[permission];
  return ofRole ?? "A city editor works only on the cases of their own cities.";
}

export function assertCan(actor: Actor | null, permission: Permission, cityId?: number): asserts actor is Actor {
  if (!can(actor, permission, cityId)) throw new ForbiddenError(whyNot(actor, permission));
}
