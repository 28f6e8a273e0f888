import { readdirSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FindingText } from "@/components/finding-text";
import { continuesLeadIn, leadInRest } from "@/lib/case/findings";
import type { CaseDocument, Finding } from "@/lib/case/schema";
import { caseToMarkdown } from "@/lib/case/to-markdown";
import { countFacets } from "@/lib/compare/opsi";
import { comparisonToCsv } from "@/lib/compare/to-csv";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { DELIVERED_CASE, LUND_VARIANT, readText } from "../support/fixtures";

const NOTHING_SHARED = { sharedOrganisations: [], themes: [] };

const SAMPLES = path.join(process.cwd(), "content", "samples");
const SAMPLE_FILES = readdirSync(SAMPLES).filter((f) => f.endsWith(".md")).map((f) => path.join(SAMPLES, f));
const BALLYVARA = path.join(SAMPLES, "ballyvara-artificial-intelligence.md");

function parse(markdown: string): CaseDocument {
  const result = parseCaseDocument(markdown);
  if (!result.ok) throw new Error(result.error);
  return result.case;
}

const allFindings = (c: CaseDocument): Finding[] =>
  [c.summary, c.findings].flatMap((f) => [...f.conclusions, ...f.recommendations]);

/** The delivered case with its closing recommendations written as given. */
function withClosingRecommendations(lines: string[]): string {
  const delivered = readText(DELIVERED_CASE);
  const start = delivered.lastIndexOf("### RECOMMENDATIONS");
  const end = delivered.indexOf("WANT TO DIG DEEPER?");
  return `${delivered.slice(0, start)}### RECOMMENDATIONS\n\n${lines.join("\n\n")}\n\n${delivered.slice(end)}`;
}

describe("a numbered finding whose bold lead-in the sentence goes on from", () => {
  it("keeps the whole sentence as the body of the four closing recommendations of Ballyvara, its lead-in as the title", () => {
    expect(parse(readText(BALLYVARA)).findings.recommendations).toEqual([
      {
        number: 1, title: "Open a shared AI post-production suite",
        body: "Open a shared AI post-production suite at Harbour Co-Work Ballyvara, with booking fees scaled to the size of each studio.",
      },
      {
        number: 2, title: "Run a peer-learning programme",
        body: "Run a peer-learning programme in which studios test tools on live projects and share their results every quarter.",
      },
      {
        number: 3, title: "Develop a local charter for the responsible use of AI",
        body: "Develop a local charter for the responsible use of AI in music and film, covering consent, credits and fair pay, together with Sound Rights Ireland.",
      },
      {
        number: 4, title: "Link the pilot to European networks",
        body: "Link the pilot to European networks such as the European Creative Hubs Network and the Design Futures Alliance, to exchange with other small creative cities.",
      },
    ]);
  });

  it.each([DELIVERED_CASE, LUND_VARIANT, ...SAMPLE_FILES].map((f) => [path.basename(f), f]))(
    "never starts a body of %s in the middle of a sentence",
    (_, file) => {
      const midSentence = allFindings(parse(readText(file))).filter((f) => /^[^\p{L}\p{N}]*\p{Ll}/u.test(f.body));
      expect(midSentence).toEqual([]);
    },
  );

  it("keeps the punctuation that follows the lead-in: a comma, a parenthesis, a dash", () => {
    const c = parse(withClosingRecommendations([
      "**1. Create a regional network of AI experts**, to ensure that skills are kept up to date.",
      "**2. Pooling resources** (materials, knowledge) to harmonise collaborations",
      "**3. Train the trainers** — which the university offers —\nevery year.",
    ]));
    expect(c.findings.recommendations).toEqual([
      { number: 1, title: "Create a regional network of AI experts", body: "Create a regional network of AI experts, to ensure that skills are kept up to date." },
      { number: 2, title: "Pooling resources", body: "Pooling resources (materials, knowledge) to harmonise collaborations" },
      { number: 3, title: "Train the trainers", body: "Train the trainers — which the university offers —\nevery year." },
    ]);
  });

  it("reads a bold title followed by its own sentence as before: after a colon, a full stop, or a capital", () => {
    const c = parse(withClosingRecommendations([
      "**1. Enhance Stakeholder Engagement:** Foster continuous dialogue.",
      "**2. Open data.** Publish the data every year.",
      "**3. Fund continuity** Prefer three-year grants.",
      "**4. Share the labs:** open them to artists.",
      "**5. Share the labs** - Open them to artists.",
    ]));
    expect(c.findings.recommendations).toEqual([
      { number: 1, title: "Enhance Stakeholder Engagement", body: "Foster continuous dialogue." },
      { number: 2, title: "Open data", body: "Publish the data every year." },
      { number: 3, title: "Fund continuity", body: "Prefer three-year grants." },
      { number: 4, title: "Share the labs", body: "open them to artists." },
      { number: 5, title: "Share the labs", body: "Open them to artists." },
    ]);
  });

  it("reads the same in an ordered list whose items open with a bold lead-in", () => {
    const c = parse(withClosingRecommendations(["1. **Open the labs** to cultural organisations.\n2. **Fund continuity:** Prefer three-year grants."]));
    expect(c.findings.recommendations).toEqual([
      { number: 1, title: "Open the labs", body: "Open the labs to cultural organisations." },
      { number: 2, title: "Fund continuity", body: "Prefer three-year grants." },
    ]);
  });
});

describe("telling a lead-in from a title", () => {
  it.each([
    ["Link the pilot", " such as the network", true],
    ["Create a network", ", to ensure skills", true],
    ["Pooling resources", " (materials) to harmonise", true],
    ["Train", " — which the university offers", true],
    ["Enhance Engagement:", " Foster dialogue", false],
    ["Enhance Engagement:", " foster dialogue", false],
    ["Open data.", " publish it", false],
    ["Fund continuity", " Prefer grants", false],
    ["Fund continuity", ": prefer grants", false],
    ["Fund continuity", " 2030 targets", false],
    ["Fund continuity", "", false],
  ])("%j followed by %j goes on from it: %s", (leadIn, after, expected) => {
    expect(continuesLeadIn(leadIn, after)).toBe(expected);
  });

  it("finds the rest of a body that opens with its title, and nothing in a body that stands apart", () => {
    expect(leadInRest({ title: "Link the pilot", body: "Link the pilot such as the network." })).toBe(" such as the network.");
    expect(leadInRest({ title: "Create a network", body: "Create a network, to ensure skills." })).toBe(", to ensure skills.");
    expect(leadInRest({ title: "Training", body: "Training. It matters." })).toBeNull();
    expect(leadInRest({ title: "Training", body: "Trainings are needed." })).toBeNull();
    expect(leadInRest({ title: "Training", body: "Effective training matters." })).toBeNull();
    expect(leadInRest({ title: "Training", body: "" })).toBeNull();
  });
});

describe("showing a finding whose body opens with its title", () => {
  const render = (f: Pick<Finding, "title" | "body">) => renderToStaticMarkup(createElement(FindingText, f));

  it("shows one sentence with the lead-in in bold, as the document wrote it", () => {
    expect(render({ title: "Link the pilot to European networks", body: "Link the pilot to European networks such as the European Creative Hubs Network." }))
      .toBe('<div class="prose-text"><p dir="auto"><strong>Link the pilot to European networks</strong> such as the European Creative Hubs Network.</p></div>');
  });

  it("shows a title apart from a body that does not open with it, and keeps Markdown in a title as text", () => {
    expect(render({ title: "Need for adaptability", body: "The rapid pace of technological advances." }))
      .toBe('<p class="break-after-avoid"><strong>Need for adaptability</strong></p><div class="prose-text"><p dir="auto">The rapid pace of technological advances.</p></div>');
    expect(render({ title: "Use *AI* [tools](javascript:x)", body: "Use *AI* [tools](javascript:x) in small studios." }))
      .toBe('<div class="prose-text"><p dir="auto"><strong>Use *AI* [tools](javascript:x)</strong> in small studios.</p></div>');
  });

  it("writes the sentence once in the comparison's CSV", () => {
    const c = parse(readText(BALLYVARA));
    const csv = comparisonToCsv([{ ...c, sample: true, facetCounts: countFacets(c.inventory) }], NOTHING_SHARED);
    expect(csv).toContain("4. Link the pilot to European networks such as the European Creative Hubs Network");
    expect(csv).not.toContain("Link the pilot to European networks Link the pilot");
  });
});

describe("exporting such findings to Markdown", () => {
  it.each(SAMPLE_FILES.map((f) => [path.basename(f), f]))("re-imports %s to the same case", (_, file) => {
    const original = parse(readText(file));
    expect(parse(caseToMarkdown(original))).toEqual(original);
  });

  it("writes the lead-in and the rest of its sentence as one paragraph, as delivered", () => {
    const markdown = caseToMarkdown(parse(readText(DELIVERED_CASE)));
    expect(markdown).toContain("**1. Interdisciplinary training** on AI knowledge for CCIs professionals but also academia and local authorities\n");
    expect(markdown).toContain("**3. Create a regional network of AI experts**, to ensure that skills are kept up to date");
  });

  it("keeps a title apart from a body that starts with a small letter, and a lead-in in the summary and the closing conclusions", () => {
    const original = parse(readText(DELIVERED_CASE));
    const edited: CaseDocument = {
      ...original,
      summary: {
        ...original.summary,
        recommendations: [{ number: 1, title: "Share the labs", body: "Share the labs with artists, every week." }],
      },
      findings: {
        conclusions: [
          { number: 1, title: "Need for adaptability", body: "Need for adaptability across all sectors." },
          { number: 2, title: "Huge potential", body: "The potential is huge." },
        ],
        recommendations: [{ number: 1, title: "Share the labs", body: "open them to artists." }],
      },
    };
    const markdown = caseToMarkdown(edited);
    expect(markdown).toContain("**1. Share the labs:** open them to artists.");
    expect(markdown).toContain("**1. Share the labs** with artists, every week.");
    expect(markdown).toContain("**1. Need for adaptability** across all sectors.");
    expect(markdown).toContain("#### 2. Huge potential\n\nThe potential is huge.");
    expect(parse(markdown)).toEqual(edited);
  });
});
