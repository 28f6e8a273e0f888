import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="space-y-4">
      <h1>You may not do this</h1>
      <p>Your account does not have the rights for this page or this change, or you have been signed out. Nothing was changed.</p>
      <p>If you were editing a case, what you typed is kept in this browser: <Link href="/sign-in">sign in</Link> and open the case again to restore it.</p>
      <p><Link href="/">Back to the knowledge bank</Link></p>
    </div>
  );
}
