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
  | "catalog:manage";

const GRANTS: Record<Role, Permission[]> = {
  admin: ["users:manage", "audit:read", "cases:create", "cases:edit", "cases:submit", "cases:publish", "cases:archive", "catalog:manage"],
  editor: ["cases:create", "cases:edit", "cases:submit", "cases:publish", "cases:archive", "catalog:manage"],
  // Only for cases of their own cities, and only while the case is a draft (checked with the case).
  city_editor: ["cases:create", "cases:edit", "cases:submit"],
};

export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message = "You may not do this.") {
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

export function assertCan(actor: Actor | null, permission: Permission, cityId?: number): asserts actor is Actor {
  if (!can(actor, permission, cityId)) throw new ForbiddenError();
}
