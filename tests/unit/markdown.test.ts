import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown";

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { children: text }));

describe("a case text's Markdown", () => {
  it("shows an image from elsewhere as a link to it, named by its alt text: the pages load no images from elsewhere", () => {
    expect(html("![Harbour map](https://example.org/map.png)")).toContain('<p dir="auto"><a href="https://example.org/map.png">Image: Harbour map</a></p>');
    expect(html("![](https://example.org/map.png)")).not.toContain("<img");
    expect(html("![Unsafe](javascript:alert(1))")).toContain("<p dir=\"auto\">Image: Unsafe</p>");
    // Inside a link: its text alone, never a link in a link.
    expect(html("[![Harbour map](https://example.org/map.png)](https://example.org/maps)")).toContain('<p dir="auto"><a href="https://example.org/maps">Image: Harbour map</a></p>');
    // This site's own images load (the CSP allows them).
    expect(html("![Logo](/icon.svg)")).toContain('<img src="/icon.svg" alt="Logo"/>');
  });

  it("gives each block its direction from its own text, so Arabic or Hebrew reads right to left", () => {
    const rendered = html("Harbour studios.\n\nاستوديوهات الميناء.\n\n- Item\n\n## Heading");
    expect(rendered).toContain('<p dir="auto">استوديوهات الميناء.</p>');
    expect(rendered).toContain('<li dir="auto">Item</li>');
    expect(rendered).toContain('<p dir="auto"><strong>Heading</strong></p>');
  });
});
