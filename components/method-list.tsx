import type { CaseDocument } from "@/lib/case/schema";
import { Markdown } from "./markdown";
import { SubSection } from "./sub-section";

export function MethodList({ methods }: { methods: CaseDocument["methods"] }) {
  return (
    <div className="space-y-8">
      {methods.map((method) => (
        <SubSection key={method.slug} title={method.name}>
          <Markdown>{method.description}</Markdown>
        </SubSection>
      ))}
    </div>
  );
}
