"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** Whether this document has shown a list of results already: the first is the page loading, the next a link followed in the app. */
let shownBefore = false;

/**
 * The heading of a list of results, saying what it holds. Signed-in people follow a filter link within the app,
 * without a page load, and focus would fall to the page, the next Tab starting at its top: it goes to this heading.
 * (Readers who are not signed in get a new page, and no script: it is a plain heading for them.)
 */
export function ResultsHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shownBefore) heading.current?.focus();
    shownBefore = true;
  }, []);
  return <h2 id="results-heading" ref={heading} tabIndex={-1} className="focus:outline-none">{children}</h2>;
}
