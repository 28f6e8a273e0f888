import { describe, expect, it } from "vitest";
import { firstSentence } from "@/lib/first-sentence";

describe("firstSentence", () => {
  it("gives the text a page shows, with the Markdown's marks read, not stripped as characters", () => {
    expect(firstSentence("[QA Town](https://en.wikipedia.org/wiki/Town_(Norway)) hosts C# meetups, the #1 R&D > 5% region of snake_case fans. More.")).toBe(
      "QA Town hosts C# meetups, the #1 R&D > 5% region of snake_case fans.",
    );
    expect(firstSentence("**Lund** is a _university_ city.\n\nIt has a cathedral.")).toBe("Lund is a university city.");
  });

  it("leaves out raw HTML, which the pages do not show either", () => {
    expect(firstSentence("Lund <script>alert(1)</script> is a city.")).toBe("Lund alert(1) is a city.");
    expect(firstSentence("<div>\nA block of HTML.\n</div>\n\nThe text.")).toBe("The text.");
  });

  it("joins blocks by a space and cuts a long sentence", () => {
    expect(firstSentence("# Heading\n\nA paragraph")).toBe("Heading A paragraph");
    expect(firstSentence("word ".repeat(100), 20)).toBe("word word word wo…");
  });
});
