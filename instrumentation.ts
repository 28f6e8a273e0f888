import type { Instrumentation } from "next";

/**
 * Any error in a page, route or server action: if the database went away, the proxy answers 503 from the next
 * request on, instead of after its once-a-second check lets more requests fail the same way.
 */
export const onRequestError: Instrumentation.onRequestError = async () => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { recheckDatabase } = await import("./db/health");
  await recheckDatabase();
};
