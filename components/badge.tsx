import type { ReactNode } from "react";

// Dark text on a pale tint of the same hue: every pairing is well above the 4.5:1 AA ratio.
const TONES = {
  neutral: "border-stone-300 bg-stone-100 text-stone-900",
  strong: "border-stone-800 bg-stone-800 text-white",
  emerald: "border-emerald-300 bg-emerald-50 text-emerald-900",
  indigo: "border-indigo-300 bg-indigo-50 text-indigo-900",
  amber: "border-amber-300 bg-amber-50 text-amber-900",
  fuchsia: "border-fuchsia-300 bg-fuchsia-50 text-fuchsia-900",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`badge inline-flex items-center rounded-full border px-2 py-0.5 text-xs leading-5 font-medium whitespace-nowrap ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
