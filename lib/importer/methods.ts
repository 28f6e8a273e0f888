import { slugify } from "../slug";
import { fromCapitals, normaliseHeading } from "./text";

const KNOWN_METHODS: Array<[RegExp, { slug: string; name: string }]> = [
  [/innovation portfolio/, { slug: "innovation-portfolio-canvas", name: "Innovation Portfolio Canvas" }],
  [/\bopsi\b/, { slug: "opsi-model", name: "OPSI model" }],
  [/\bliept\b/, { slug: "liept-model", name: "LIEPT model" }],
];

/** The ekip methods by their usual names; any other method keeps the name the document gives it. */
export function identifyMethod(heading: string): { slug: string; name: string } {
  const normalised = normaliseHeading(heading);
  const known = KNOWN_METHODS.find(([pattern]) => pattern.test(normalised));
  if (known) return known[1];
  const name = fromCapitals(heading.replace(/[:\s]+$/, ""));
  return { slug: slugify(name), name };
}
