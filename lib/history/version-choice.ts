import { z } from "zod";

type Params = Record<string, string | string[] | undefined>;
export type VersionChoice = { from: number; to: number; problems: string[] };

function versionSchema(name: string, versions: number[]) {
  const message = `${name}: choose one of this case's versions listed in its history`;
  return z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string({ error: message }).regex(/^\d{1,9}$/, message).transform(Number).refine((v) => versions.includes(v), message).optional(),
  );
}

/**
 * Which two revisions to compare (`from`, `to` in the address), by default the previous and the latest.
 * A value that is not a version of the case is reported and replaced by its default: never an error page.
 */
export function readVersionChoice(params: Params, versions: number[]): VersionChoice {
  const newest = [...versions].sort((a, b) => b - a);
  const defaults = { from: newest[1] ?? newest[0] ?? 1, to: newest[0] ?? 1 };
  const problems: string[] = [];
  const read = (name: "from" | "to") => {
    const parsed = versionSchema(name, versions).safeParse(params[name]);
    if (!parsed.success) problems.push(parsed.error.issues[0]!.message);
    return (parsed.success && parsed.data) || defaults[name];
  };
  return { from: read("from"), to: read("to"), problems };
}
