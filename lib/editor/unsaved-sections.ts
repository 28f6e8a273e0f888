import { revisionSections, type RevisionSection } from "@/lib/history/revision-sections";
import type { CaseDraft } from "./draft-form";

/** The parts of the case where what was typed differs from the case as stored, as typed. */
export function unsavedSections(stored: CaseDraft, typed: CaseDraft): RevisionSection[] {
  const before = new Map(revisionSections(stored).map((s) => [s.heading, s.lines.join("\n")]));
  return revisionSections(withNames(typed, stored)).filter((s) => before.get(s.heading) !== s.lines.join("\n"));
}

/** A form sends the city and the policy area by slug: the names are the stored ones where the slug is the same. */
function withNames(typed: CaseDraft, stored: CaseDraft): CaseDraft {
  const city = typed.city.slug === stored.city.slug ? stored.city : { ...typed.city, name: typed.city.name || typed.city.slug };
  const policyArea = typed.policyArea.slug === stored.policyArea.slug ? stored.policyArea : { ...typed.policyArea, name: typed.policyArea.name || typed.policyArea.slug };
  return { ...typed, city, policyArea };
}
