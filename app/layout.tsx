import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · ekip Knowledge Bank", default: "ekip Knowledge Bank" },
  description:
    "City Case Descriptions from the ekip partnership: how European cities assess innovation policy for the cultural and creative industries.",
};

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
          <nav aria-label="Main" className="mx-auto w-full max-w-6xl px-4 py-4 sm:px-6">
            <Link href="/" className="text-lg font-bold text-stone-950 no-underline hover:underline">
              ekip Knowledge Bank
            </Link>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 sm:py-12">
          {children}
        </main>
        <footer className="border-t border-stone-200 bg-stone-50">
          <p className="mx-auto w-full max-w-6xl px-4 py-6 text-sm text-stone-700 sm:px-6">
            <em>ekip</em> is an EU-funded partnership of universities, consultancies, cultural and creative
            organisations and cities that develops innovation policy for the cultural and creative industries.
          </p>
        </footer>
      </body>
    </html>
  );
}
