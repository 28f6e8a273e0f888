/** Password fields: never sent back to the browser. */
const SECRET_FIELDS = new Set(["password", "current", "confirm"]);

/**
 * What a form sent, as text, by field, to fill it again after a refusal: without JavaScript the answer is a new
 * page, whose fields would otherwise be empty. React's own fields ("$ACTION_…") and passwords are left out.
 */
export function sentValues(form: FormData): Record<string, string[]> {
  // A Map, not an object: a field may be named "toString" or "__proto__".
  const values = new Map<string, string[]>();
  for (const [name, value] of form) {
    if (typeof value !== "string" || name.startsWith("$") || SECRET_FIELDS.has(name)) continue;
    let list = values.get(name);
    if (!list) values.set(name, (list = []));
    list.push(value.slice(0, 10_000));
  }
  return Object.fromEntries(values);
}
