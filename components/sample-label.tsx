import { SAMPLE_LABEL } from "@/lib/case/schema";
import { Badge } from "./badge";

/** Marks made-up sample content wherever a case is shown. */
export function SampleLabel() {
  return <Badge tone="amber">{SAMPLE_LABEL}</Badge>;
}
