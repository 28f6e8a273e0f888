import type { CaseDocument } from "../case/schema";
import { suggestedCaseSlug } from "../case/case-name";

const noFindings = () => ({ conclusions: [], recommendations: [] });

/** A case with nothing written yet, for a city and policy area: where "start from scratch" begins. */
export function emptyCase(city: CaseDocument["city"], policyArea: CaseDocument["policyArea"]): CaseDocument {
  return {
    format: "ekip-case/1", slug: suggestedCaseSlug(city.slug, policyArea.slug, null), sample: false, city, policyArea, focus: null, title: null,
    workshopDate: null, editorsNote: "", introduction: "", policyAreaIntro: "", cityIntro: "", participants: [], summary: noFindings(), context: "",
    selectedFocus: "", ecosystem: "", portfolio: { title: "", scope: "", coordinator: "", stakeholders: [], challenges: [], opportunities: [] },
    inventory: [], methods: [], findings: noFindings(), extraSections: [],
  };
}
