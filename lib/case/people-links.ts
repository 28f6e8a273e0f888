/** A participant or a portfolio stakeholder: a name, and the organisation a save linked it to. */
type Person = { name: string; actor: string | null; category?: string };

/**
 * People left unlinked, linked as `linked` links the same name (and category): as a save links them, by name.
 * A person's link is not typed in the editor but set by a save, so copies of a case taken before and after a
 * save differ in links that nobody changed.
 */
export function linkedAs<P extends Person>(people: P[], linked: P[]): P[] {
  return people.map((p) => (p.actor ? p : { ...p, actor: linked.find((q) => q.actor && q.name === p.name && q.category === p.category)?.actor ?? null }));
}
