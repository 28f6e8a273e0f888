import { diamondPosition, type FacetCounts } from "@/lib/compare/opsi";

type Point = { slug: string; label: string; counts: FacetCounts };

// The diamond's centre is the origin. Its half-width is small beside the labels' type, so that on a 390 px phone,
// where the figure is drawn at about 0.9 of these units, the labels stay 12-14 px.
const R = 100;
const VIEW = { x: -200, y: -146, width: 400, height: 292 };
const LABEL = { fontSize: 16, fill: "#1c1917" };
const AXIS = { fontSize: 14, fill: "#44403c" };
export const SERIES_COLOURS = ["#0f766e", "#9d174d", "#1d4ed8", "#92400e"];

function describe(point: Point): string {
  const position = diamondPosition(point.counts);
  if (!position) return `${point.label}: no facets in the inventory.`;
  const horizontal = Math.abs(position.x) < 0.15 ? "balanced between certainty and uncertainty" : position.x < 0 ? "towards certainty (enhancement-oriented)" : "towards uncertainty (anticipatory)";
  const vertical = Math.abs(position.y) < 0.15 ? "balanced between directed and undirected" : position.y > 0 ? "towards directed (mission-oriented)" : "towards undirected (adaptive)";
  return `${point.label}: ${horizontal}; ${vertical}.`;
}

/** The OPSI diamond: certainty (left) to uncertainty (right), directed (top) to undirected (bottom); one numbered marker per case. */
export function OpsiDiamond({ points }: { points: Point[] }) {
  const descriptions = points.map(describe);
  return (
    <figure className="opsi-diamond space-y-3">
      <svg viewBox={`${VIEW.x} ${VIEW.y} ${VIEW.width} ${VIEW.height}`} role="img" aria-labelledby="diamond-title diamond-desc" className="mx-auto w-full max-w-md">
        <title id="diamond-title">Cases placed on the OPSI innovation facets diamond</title>
        <desc id="diamond-desc">{descriptions.join(" ")}</desc>
        <polygon points={`0,${-R} ${R},0 0,${R} ${-R},0`} fill="#f5f5f4" stroke="#57534e" />
        <line x1={-R} y1={0} x2={R} y2={0} stroke="#a8a29e" strokeDasharray="4 4" />
        <line x1={0} y1={-R} x2={0} y2={R} stroke="#a8a29e" strokeDasharray="4 4" />
        <text x={0} y={-R - 24} textAnchor="middle" {...LABEL}>Mission-oriented</text>
        <text x={0} y={-R - 8} textAnchor="middle" {...AXIS}>directed</text>
        <text x={0} y={R + 20} textAnchor="middle" {...LABEL}>Adaptive</text>
        <text x={0} y={R + 36} textAnchor="middle" {...AXIS}>undirected</text>
        <text x={-R - 6} y={-12} textAnchor="end" {...LABEL}>Enhance-</text>
        <text x={-R - 6} y={4} textAnchor="end" {...LABEL}>ment</text>
        <text x={-R - 6} y={22} textAnchor="end" {...AXIS}>certainty</text>
        <text x={R + 6} y={-12} textAnchor="start" {...LABEL}>Antici-</text>
        <text x={R + 6} y={4} textAnchor="start" {...LABEL}>patory</text>
        <text x={R + 6} y={22} textAnchor="start" {...AXIS}>uncertainty</text>
        {points.map((point, i) => {
          const position = diamondPosition(point.counts);
          if (!position) return null;
          // Inside the diamond |x| + |y| <= 1 holds for a mean of corner vectors, so the marker stays inside.
          const x = position.x * R;
          const y = -position.y * R;
          return (
            <g key={point.slug}>
              <circle cx={x} cy={y} r={13} fill={SERIES_COLOURS[i]} stroke="#fff" strokeWidth={2} />
              <text x={x} y={y + 5} textAnchor="middle" fontSize="14" fontWeight="700" fill="#fff">{i + 1}</text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ol className="list-decimal space-y-1 pl-6 text-sm">
          {descriptions.map((d, i) => (
            <li key={points[i]!.slug}>{d}</li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
