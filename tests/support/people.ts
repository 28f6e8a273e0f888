import { createUser, getSessionActor } from "@/db/users";
import type { Actor, Role } from "@/lib/auth/roles";
import { newUserSchema } from "@/lib/auth/user-schemas";

export const PASSWORD = "a long enough password";

/** An account made as the admin pages make one, and the person it signs in as. */
export async function person(email: string, role: Role, citySlugs: string[] = []): Promise<Actor> {
  const id = await createUser(newUserSchema.parse({ email, role, citySlugs, password: PASSWORD }), { by: "server" });
  return (await getSessionActor(id, 1))!;
}
