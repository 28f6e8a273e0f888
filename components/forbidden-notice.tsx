import Link from "next/link";

export const FORBIDDEN_TITLE = "You may not do this";
const NO_RIGHTS = "Your account does not have the rights for this page or this change, or you have been signed out.";

/** What someone refused is told: why (when the server said), and that nothing was changed. */
export function ForbiddenNotice({ reason }: { reason?: string }) {
  return (
    <div className="space-y-4">
      <h1>{FORBIDDEN_TITLE}</h1>
      <p>{reason || NO_RIGHTS} Nothing was changed.</p>
      <p>If you were editing a case, what you typed is kept in this browser: <Link href="/sign-in">sign in</Link> and open the case again to restore it.</p>
      <p><Link href="/">Back to the knowledge bank</Link></p>
    </div>
  );
}
