import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown";

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { children: text }));

describe("a case text's Markdown", () => {
  it("shows an image as a link to it, named by its alt text: the pages load no images from elsewhere", () => {
    expect(html("![Harbour map](https://example.org/map.png)")).toContain('<p><a href="https://example.org/map.png">Image: Harbour map</a></p>');
    expect(html("![](https://example.org/map.png)")).not.toContain("<img");
    expect(html("![Unsafe](javascript:alert(1))")).toContain("<p>Unsafe</p>");
  });
});
