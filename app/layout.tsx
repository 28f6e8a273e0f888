import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { LicenceLine } from "@/components/licence-line";
import { ReaderScript } from "@/components/reader-script";
import { FEED_TYPES, pageTitle, SITE_NAME, SITE_URL } from "@/lib/site";
import "./globals.css";

const DESCRIPTION =
  "City Case Descriptions from the ekip partnership: how European cities assess innovation policy for the cultural and creative industries.";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { template: pageTitle("%s"), default: SITE_NAME },
  description: DESCRIPTION,
  alternates: { types: FEED_TYPES },
  openGraph: { title: SITE_NAME, description: DESCRIPTION, type: "website", siteName: SITE_NAME },
};

const SECTIONS = [
  { href: "/cases", label: "Cases" },
  { href: "/compare", label: "Compare" },
  { href: "/cities", label: "Cities" },
  { href: "/policy-areas", label: "Policy areas" },
  { href: "/recommendations", label: "Recommendations" },
  { href: "/actors", label: "Actors" },
];

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="skip-link sr-only focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:shadow-lg"
        >
          Skip to main content
        </a>
        <header className="site-header border-b border-stone-200 bg-stone-50">
          <nav
            aria-label="Main"
            className="mx-auto flex w-full max-w-6xl flex-wrap items-baseline gap-x-8 gap-y-2 px-4 py-4 sm:px-6"
          >
            <Link href="/" className="text-lg font-bold text-stone-950 no-underline hover:underline">
              {SITE_NAME}
            </Link>
            <ul className="flex flex-wrap gap-x-5 gap-y-1">
              {SECTIONS.map((section) => (
                <li key={section.href}>
                  <Link href={section.href} className="text-stone-900 no-underline hover:underline">
                    {section.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
          {children}
        </main>
        <footer className="border-t border-stone-200 bg-stone-50">
          <div className="mx-auto w-full max-w-6xl space-y-2 px-4 py-6 text-sm text-stone-700 sm:px-6 print:px-0 print:py-2 print:text-[8pt]">
            {/* On paper the licence is enough: a footer moved whole to a sheet of its own is a sheet wasted. */}
            <p className="print:hidden">
              <em>ekip</em> is an EU-funded partnership of universities, consultancies, cultural and creative
              organisations and cities that develops innovation policy for the cultural and creative industries.
            </p>
            <LicenceLine />
          </div>
        </footer>
        <ReaderScript />
      </body>
    </html>
  );
}
