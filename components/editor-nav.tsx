"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type EditorLink = { href: string; label: string };

/** Where a signed-in person can go on the editors' side; the page they are on is marked for screen readers too. */
export function EditorNav({ links, email }: { links: EditorLink[]; email: string }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/edit" ? pathname === "/edit" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Editing" className="mb-8 border-b border-stone-300 pb-3 print:hidden">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {[...links, { href: "/account", label: `${email}: account and sign out` }].map((link) => (
          // The account, last, stands apart at the end of the line.
          <li key={link.href} className="sm:last:ml-auto">
            <Link href={link.href} aria-current={isCurrent(link.href) ? "page" : undefined} className="aria-[current=page]:font-semibold">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
