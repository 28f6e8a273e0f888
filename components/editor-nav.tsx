"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type EditorLink = { href: string; label: string };

/**
 * "page" on the page a link leads to; "true" on a page within it (a case's editor is one of the cases to edit,
 * a city's page one of the city catalog's).
 */
function currentness(href: string, pathname: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  if (href === "/edit") return pathname.startsWith("/edit/cases/") && !pathname.startsWith("/edit/cases/new") ? "true" : undefined;
  return pathname.startsWith(`${href}/`) ? "true" : undefined;
}

/** Where a signed-in person can go on the editors' side; where they are is marked for screen readers too. */
export function EditorNav({ links, email }: { links: EditorLink[]; email: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Editing" className="mb-8 border-b border-stone-300 pb-3 print:hidden">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {[...links, { href: "/account", label: `${email}: account and sign out` }].map((link) => (
          // The account, last, stands apart at the end of the line.
          <li key={link.href} className="sm:last:ml-auto">
            <Link href={link.href} aria-current={currentness(link.href, pathname)} className="[&[aria-current]]:font-semibold">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
