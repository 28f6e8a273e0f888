import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="space-y-4">
      <h1>You may not do this</h1>
      <p>Your account does not have the rights for this page or this change. Nothing was changed.</p>
      <p><Link href="/">Back to the knowledge bank</Link></p>
    </div>
  );
}
