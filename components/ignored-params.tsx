import type { IgnoredParam } from "@/lib/search/lenient-params";

/** A value as quoted back: a long one (a pasted page, say) by its start and its length. */
function shortened(value: string): string {
  const chars = [...value];
  return chars.length <= 60 ? value : `${chars.slice(0, 60).join("")}… (${chars.length.toLocaleString("en")} characters)`;
}

/** Says which parts of the address were not understood and left out, rather than failing the page. */
export function IgnoredParams({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <div role="status" className="callout max-w-[70ch] space-y-2 rounded-lg border-l-4 border-amber-600 bg-amber-50 px-5 py-4">
      <p className="font-semibold">
        {ignored.length === 1 ? "One part of the address was" : "Some parts of the address were"} not understood and left
        out:
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {ignored.map((param) => (
          <li key={`${param.parameter}=${param.value}`}>
            <code className="rounded bg-white px-1 break-all">
              {param.parameter}
              {param.value !== null && `=${shortened(param.value)}`}
            </code>
            : {param.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
