import { caseFiles } from "@/lib/case/urls";

/** The files a case can be taken away as, and where the rest of the open data is. */
export function CaseDownloads({ slug, inventorySize }: { slug: string; inventorySize: number }) {
  const files = caseFiles(slug);
  const items = [
    { href: files.markdown, label: "Markdown", note: "the whole case, in the layout of the delivered document, headed by its source, version and licence", isFile: true },
    { href: files.json, label: "JSON", note: "the whole case as structured data (interchange format ekip-case/1)", isFile: true },
    ...(inventorySize > 0
      ? [{ href: files.inventoryCsv, label: "Inventory as CSV", note: `${inventorySize} actors and resources, one per line`, isFile: true }]
      : []),
    { href: files.print, label: "Print view", note: "the case laid out for paper or PDF", isFile: false },
  ];
  return (
    <div className="prose-text">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} download={item.isFile || undefined}>{item.label}</a>: {item.note}
          </li>
        ))}
      </ul>
      <p>
        Every published case is also open data: see the <a href="/api/v1/openapi.json">API description (OpenAPI)</a>, the
        bulk download of <a href="/api/v1/bulk/cases.json">all cases as JSON</a> and the <a href="/feed.xml">feed of new cases</a>.
      </p>
    </div>
  );
}
