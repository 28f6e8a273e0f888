import { LRUCache } from "lru-cache";
import type { ReactElement, ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { TableScroll } from "./table-scroll";

/**
 * Headings inside a Markdown body would break the page's heading order (h2 sections, h3 parts),
 * so they read as a bold paragraph instead.
 */
function BodyHeading({ children, dir }: { children?: ReactNode; dir?: string }) {
  return (
    <p dir={dir}>
      <strong>{children}</strong>
    </p>
  );
}

function isBareUrl(children: ReactNode, href: string | undefined): boolean {
  if (typeof children !== "string" || !href) return false;
  const strip = (url: string) => url.replace(/^(https?:\/\/|mailto:)/, "").replace(/\/$/, "");
  return strip(children) === strip(href);
}

type HastNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[]; value?: string };

/**
 * The pages load no images from elsewhere (their CSP allows only this site's): such an image becomes a link to
 * it named by its alt text, or, inside a link already, that text alone (a link in a link is not HTML).
 */
function imagesFromElsewhere() {
  const visit = (node: HastNode, inLink: boolean) => {
    node.children = node.children?.map((child) => {
      if (child.type !== "element") return child;
      if (child.tagName !== "img") return visit(child, inLink || child.tagName === "a");
      const src = String(child.properties?.src ?? "");
      if (src.startsWith("/") && !src.startsWith("//")) return child;
      const text = { type: "text", value: `Image: ${String(child.properties?.alt ?? "") || src}` };
      return inLink || !src ? text : { type: "element", tagName: "a", properties: { href: src }, children: [text] };
    });
    return node;
  };
  return (tree: HastNode) => void visit(tree, false);
}

const BLOCKS = new Set(["p", "li", "blockquote", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"]);

/** Each block takes its direction from its own text, so that a paragraph in Arabic or Hebrew reads right to left. */
function directionFromText() {
  const visit = (node: HastNode) => {
    if (node.type === "element" && BLOCKS.has(node.tagName!)) node.properties = { ...node.properties, dir: "auto" };
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}

const components: Components = {
  h1: BodyHeading,
  h2: BodyHeading,
  h3: BodyHeading,
  h4: BodyHeading,
  h5: BodyHeading,
  h6: BodyHeading,
  // Print shows a link's URL after it, unless the link text already is that URL. An address the safe
  // transform refused (javascript:, data:) comes back empty: its text stays, as text.
  a: ({ node: _node, children, href, ...props }) =>
    href ? (
      <a href={href} data-bare-url={isBareUrl(children, href) ? "" : undefined} {...props}>
        {children}
      </a>
    ) : (
      <>{children}</>
    ),
  table: ({ node: _node, ...props }) => (
    <TableScroll label="Table">
      <table {...props} />
    </TableScroll>
  ),
};

// Parsing Markdown cost a quarter of a case page's render (bench/RESULTS.md) and the same texts come back on
// every request: their element trees are kept, keyed by the text itself, so never stale.
const rendered = new LRUCache<string, ReactElement>({ maxSize: 8_000_000, sizeCalculation: (_tree, text) => text.length });

function renderMarkdown(text: string): ReactElement {
  let tree = rendered.get(text);
  if (!tree) {
    // react-markdown's component is a plain synchronous function (no hooks): called directly, its result can be kept.
    tree = ReactMarkdown({ children: text, remarkPlugins: [remarkGfm], rehypePlugins: [imagesFromElsewhere, directionFromText], components });
    rendered.set(text, tree);
  }
  return tree;
}

/**
 * A Markdown body of a case. Raw HTML stays escaped and URLs go through react-markdown's
 * default safe transform: both are deliberate, the text comes from imported documents.
 */
export function Markdown({ children }: { children: string }) {
  if (children.trim() === "") return null;
  return <div className="prose-text">{renderMarkdown(children)}</div>;
}
