import type { ThemeGroup } from "@/lib/case/schema";
import { SubSection } from "./sub-section";

/** Challenges or opportunities of a portfolio: each group under its own h4. */
export function ThemeGroups({ groups }: { groups: ThemeGroup[] }) {
  return (
    <div className="space-y-5">
      {groups.map((group, index) => (
        // The document writes group headings as labels ("Lack of skills:"); as headings the colon is noise.
        <SubSection key={`${group.heading}-${index}`} level={4} title={group.heading.replace(/\s*:\s*$/, "")}>
          {group.items.length > 0 && (
            <ul className="max-w-[70ch] list-disc space-y-1.5 pl-6">
              {group.items.map((item, itemIndex) => (
                <li key={itemIndex}>{item}</li>
              ))}
            </ul>
          )}
        </SubSection>
      ))}
    </div>
  );
}
