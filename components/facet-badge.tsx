import { FACET_LABELS, type Facet } from "@/lib/case/schema";
import { Badge, type BadgeTone } from "./badge";

const FACET_TONES: Record<Facet, BadgeTone> = {
  enhancement: "emerald",
  mission: "indigo",
  adaptive: "amber",
  anticipatory: "fuchsia",
};

/** One facet of the OPSI innovation character; the label, not the colour, carries the meaning. */
export function FacetBadge({ facet }: { facet: Facet }) {
  return <Badge tone={FACET_TONES[facet]}>{FACET_LABELS[facet]}</Badge>;
}
