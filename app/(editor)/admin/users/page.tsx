import { ActionForm } from "@/components/action-form";
import { CityField, RoleField, TextField } from "@/components/user-fields";
import { listCities } from "@/db/cities";
import { listUsers } from "@/db/users";
import { ROLE_LABELS, can, type Actor } from "@/lib/auth/roles";
import { MIN_PASSWORD } from "@/lib/auth/password";
import { changeRoleAction, createUserAction, renameUserAction, resetPasswordAction, setActiveAction } from "./actions";
import { readerOf, titleUnlessRefused } from "@/app/(editor)/page-access";

/** Who may read the page: the rest get 403 (readerOf), and its title says so too. */
const mayRead = (actor: Actor) => can(actor, "users:manage");

export const generateMetadata = titleUnlessRefused(mayRead, "People and roles");

const button = "rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900";

export default async function UsersPage() {
  const actor = await readerOf("/admin/users", mayRead);
  const [people, cities] = await Promise.all([listUsers(actor), listCities()]);
  const cityNames = new Map(cities.map((c) => [c.slug, c.name]));
  return (
    <div className="space-y-10">
      <h1>People and roles</h1>
      <section aria-labelledby="new-user" className="space-y-4">
        <h2 id="new-user">Add a person</h2>
        <ActionForm action={createUserAction} idPrefix="new" className="max-w-xl space-y-4" resetOnSuccess>
          <TextField id="new-email" name="email" label="Email address" type="email" autoComplete="off" />
          <TextField id="new-name" name="name" label="Name" />
          <RoleField id="new-role" />
          <CityField id="new-citySlugs" cities={cities} />
          <TextField id="new-password" name="password" label={`First password (at least ${MIN_PASSWORD} characters; tell it to the person)`} type="password" autoComplete="new-password" />
          <button type="submit" className={button}>Add</button>
        </ActionForm>
      </section>
      <section aria-labelledby="people" className="space-y-6">
        <h2 id="people">Everyone ({people.length})</h2>
        {people.map((p) => (
          <article key={p.id} aria-labelledby={`user-${p.id}`} className="space-y-3 rounded border border-stone-300 p-4">
            <h3 id={`user-${p.id}`}>
              {/* On a phone the name and role go under the address, without a separator to open the line. */}
              {p.email} <span className="text-base font-normal max-sm:block"><span className="max-sm:hidden">· </span>{p.name ? `${p.name} · ` : ""}{ROLE_LABELS[p.role]}{p.cities.length ? ` (${p.cities.map((slug) => cityNames.get(slug) ?? slug).join(", ")})` : ""}{p.isActive ? "" : " · deactivated"}</span>
            </h3>
            <ActionForm action={renameUserAction} idPrefix={`n${p.id}`} row>
              <input type="hidden" name="userId" value={p.id} />
              <TextField id={`n${p.id}-name`} name="name" label="Name" autoComplete="off" defaultValue={p.name} of={p.email} />
              <button type="submit" className={button}>Save name of {p.email}</button>
            </ActionForm>
            <ActionForm action={changeRoleAction} idPrefix={`u${p.id}`} className="space-y-3">
              <input type="hidden" name="userId" value={p.id} />
              <RoleField id={`u${p.id}-role`} defaultValue={p.role} of={p.email} />
              <CityField id={`u${p.id}-citySlugs`} cities={cities} selected={p.cities} of={p.email} />
              <button type="submit" className={button}>Save role of {p.email}</button>
            </ActionForm>
            <ActionForm action={resetPasswordAction} idPrefix={`p${p.id}`} row>
              <input type="hidden" name="userId" value={p.id} />
              <TextField id={`p${p.id}-password`} name="password" label="New password" type="password" autoComplete="new-password" of={p.email} />
              <button type="submit" className={button}>Reset password of {p.email}</button>
            </ActionForm>
            {p.id !== actor.id ? (
              <ActionForm action={setActiveAction} idPrefix={`a${p.id}`}>
                <input type="hidden" name="userId" value={p.id} />
                <input type="hidden" name="isActive" value={p.isActive ? "false" : "true"} />
                <button type="submit" className="rounded border border-red-800 px-4 py-2 text-red-900">
                  {p.isActive ? "Deactivate" : "Reactivate"} {p.email}
                </button>
              </ActionForm>
            ) : null}
          </article>
        ))}
      </section>
    </div>
  );
}
