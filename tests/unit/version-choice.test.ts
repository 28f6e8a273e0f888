import { describe, expect, it } from "vitest";
import { readVersionChoice } from "@/lib/history/version-choice";

describe("choosing two revisions to compare", () => {
  it("compares the previous version with the latest by default", () => {
    expect(readVersionChoice({}, [3, 2, 1])).toEqual({ from: 2, to: 3, problems: [] });
    expect(readVersionChoice({ from: "", to: "" }, [3, 2, 1])).toEqual({ from: 2, to: 3, problems: [] });
    expect(readVersionChoice({}, [1])).toEqual({ from: 1, to: 1, problems: [] });
  });

  it("takes any two versions, in either order", () => {
    expect(readVersionChoice({ from: "3", to: "1" }, [3, 2, 1])).toEqual({ from: 3, to: 1, problems: [] });
  });

  it("reports a value that is not a version of the case and keeps the default for it", () => {
    const message = (name: string) => `${name}: choose one of this case's versions listed in its history`;
    expect(readVersionChoice({ from: "9", to: "abc" }, [3, 2, 1])).toEqual({ from: 2, to: 3, problems: [message("from"), message("to")] });
    expect(readVersionChoice({ from: ["1", "2"], to: "-1" }, [3, 2, 1]).problems).toEqual([message("from"), message("to")]);
  });
});
