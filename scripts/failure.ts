/**
 * What went wrong, in one line, for a command's user: the database's own words where a query failed (Drizzle
 * wraps them as the cause, after the whole statement and its parameters), with PostgreSQL's detail.
 */
export function reasonOf(error: unknown): string {
  let deepest = error as { message?: string; detail?: string; cause?: unknown } | undefined;
  while (deepest?.cause instanceof Error) deepest = deepest.cause as typeof deepest;
  const message = String(deepest?.message || (error as { code?: string })?.code || error).split("\n")[0]!;
  const said = deepest?.detail ? `${message} (${deepest.detail})` : message;
  return said.length > 300 ? `${said.slice(0, 300)}…` : said;
}
