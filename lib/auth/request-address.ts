/** The client's address: the first X-Forwarded-For entry (set by the load balancer in front), else X-Real-IP. */
export function requestAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
