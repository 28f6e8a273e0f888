import { diamondPosition, type FacetCounts } from "@/lib/compare/opsi";

type Point = { slug: string; label: string; counts: FacetCounts };

const SIZE = 320;
const C = SIZE / 2;
const R = 120;
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
      <svg viewBox={`-80 -12 ${SIZE + 160} ${SIZE + 24}`} role="img" aria-labelledby="diamond-title diamond-desc" className="mx-auto w-full max-w-md">
        <title id="diamond-title">Cases placed on the OPSI innovation facets diamond</title>
        <desc id="diamond-desc">{descriptions.join(" ")}</desc>
        <polygon points={`${C},${C - R} ${C + R},${C} ${C},${C + R} ${C - R},${C}`} fill="#f5f5f4" stroke="#57534e" />
        <line x1={C - R} y1={C} x2={C + R} y2={C} stroke="#a8a29e" strokeDasharray="4 4" />
        <line x1={C} y1={C - R} x2={C} y2={C + R} stroke="#a8a29e" strokeDasharray="4 4" />
        <text x={C} y={C - R - 22} textAnchor="middle" fontSize="12" fill="#1c1917">Mission-oriented</text>
        <text x={C} y={C - R - 8} textAnchor="middle" fontSize="10" fill="#44403c">directed</text>
        <text x={C} y={C + R + 16} textAnchor="middle" fontSize="12" fill="#1c1917">Adaptive</text>
        <text x={C} y={C + R + 29} textAnchor="middle" fontSize="10" fill="#44403c">undirected</text>
        <text x={C - R - 4} y={C - 8} textAnchor="end" fontSize="11" fill="#1c1917">Enhance-</text>
        <text x={C - R - 4} y={C + 5} textAnchor="end" fontSize="11" fill="#1c1917">ment</text>
        <text x={C - R - 4} y={C + 18} textAnchor="end" fontSize="10" fill="#44403c">certainty</text>
        <text x={C + R + 4} y={C - 8} textAnchor="start" fontSize="11" fill="#1c1917">Antici-</text>
        <text x={C + R + 4} y={C + 5} textAnchor="start" fontSize="11" fill="#1c1917">patory</text>
        <text x={C + R + 4} y={C + 18} textAnchor="start" fontSize="10" fill="#44403c">uncertainty</text>
        {points.map((point, i) => {
          const position = diamondPosition(point.counts);
          if (!position) return null;
          // Inside the diamond |x| + |y| <= 1 holds for a mean of corner vectors, so the marker stays inside.
          const x = C + position.x * R;
          const y = C - position.y * R;
          return (
            <g key={point.slug}>
              <circle cx={x} cy={y} r={11} fill={SERIES_COLOURS[i]} stroke="#fff" strokeWidth={2} />
              <text x={x} y={y + 4} textAnchor="middle" fontSize="12" fontWeight="700" fill="#fff">{i + 1}</text>
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
