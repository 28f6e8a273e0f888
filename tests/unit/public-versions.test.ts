import { describe, expect, it } from "vitest";
import { publicVersions } from "@/lib/case/public-versions";

const sorted = (versions: Set<number>) => [...versions].sort((a, b) => a - b);

describe("the versions of a case that readers could read", () => {
  it("are those saved while it was published, and the one it was published at", () => {
    // Drafted as 1-2, published at 2, edited while published (3, 4), back to draft at 4, drafted 5, published at 6.
    const changes = [{ version: 2, to: "published" as const }, { version: 4, to: "draft" as const }, { version: 6, to: "published" as const }];
    expect(sorted(publicVersions([1, 2, 3, 4, 5, 6], changes, { status: "published", version: 6 }))).toEqual([2, 3, 4, 6]);
  });

  it("keep a version published for a moment, in review and then back, and leave out drafts never published", () => {
    const changes = [
      { version: 1, to: "in_review" as const }, { version: 1, to: "published" as const }, { version: 1, to: "draft" as const },
      { version: 3, to: "in_review" as const },
    ];
    expect(sorted(publicVersions([1, 2, 3], changes, { status: "in_review", version: 3 }))).toEqual([1]);
  });

  it("are what was public before a case was archived, and its newest while it is published, whatever was recorded", () => {
    const archived = [{ version: 1, to: "published" as const }, { version: 2, to: "archived" as const }];
    expect(sorted(publicVersions([1, 2, 3], archived, { status: "archived", version: 3 }))).toEqual([1, 2]);
    // Published before its changes of status were recorded: only the newest is known to be public.
    expect(sorted(publicVersions([1, 2, 3], [], { status: "published", version: 3 }))).toEqual([3]);
    expect(sorted(publicVersions([3, 1, 2], [{ version: 1, to: "published" }], { status: "published", version: 3 }))).toEqual([1, 2, 3]);
  });
});
