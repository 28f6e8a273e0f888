import { readFileSync } from "node:fs";

type ManifestAction = { exportedName: string; workers: Record<string, unknown> };

/** The server actions of the build, from its manifest: each one's id, name and the pages (workers) that hold it. */
function builtActions(): Array<ManifestAction & { id: string }> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, ManifestAction> };
  return Object.entries(manifest.node).map(([id, action]) => ({ id, ...action }));
}

/** The ids of the server actions, by name. */
export function actionIds(): Record<string, string> {
  return Object.fromEntries(builtActions().map(({ id, exportedName }) => [exportedName, id]));
}

/** A page each action is on (posted elsewhere, Next forwards it to such a page): `app/(editor)/edit/cases/[id]/page` is /edit/cases/{id}. */
export function actionPages(caseId: string): Record<string, string> {
  const pathOf = (worker: string) => worker.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "").replace("[id]", caseId) || "/";
  return Object.fromEntries(builtActions().map(({ exportedName, workers }) => [exportedName, pathOf(Object.keys(workers).find((w) => !w.includes("[")) ?? Object.keys(workers)[0]!)]));
}
