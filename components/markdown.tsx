import type { ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

/**
 * Headings inside a Markdown body would break the page's heading order (h2 sections, h3 parts),
 * so they read as a bold paragraph instead.
 */
function BodyHeading({ children }: { children?: ReactNode }) {
  return (
    <p>
      <strong>{children}</strong>
    </p>
  );
}

function isBareUrl(children: ReactNode, href: string | undefined): boolean {
  if (typeof children !== "string" || !href) return false;
  const strip = (url: string) => url.replace(/^(https?:\/\/|mailto:)/, "").replace(/\/$/, "");
  return strip(children) === strip(href);
}

const components: Components = {
  h1: BodyHeading,
  h2: BodyHeading,
  h3: BodyHeading,
  h4: BodyHeading,
  h5: BodyHeading,
  h6: BodyHeading,
  // Print shows a link's URL after it, unless the link text already is that URL.
  a: ({ node: _node, children, href, ...props }) => (
    <a href={href} data-bare-url={isBareUrl(children, href) ? "" : undefined} {...props}>
      {children}
    </a>
  ),
  table: ({ node: _node, ...props }) => (
    <div className="table-scroll overflow-x-auto" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} />
    </div>
  ),
};

/**
 * A Markdown body of a case. Raw HTML stays escaped and URLs go through react-markdown's
 * default safe transform: both are deliberate, the text comes from imported documents.
 */
export function Markdown({ children }: { children: string }) {
  if (children.trim() === "") return null;
  return (
    <div className="prose-text">
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
