import { CONTENT_LICENCE, CONTENT_LICENCE_WORDS } from "@/lib/site";

/** The licence of what the page shows: in every page's footer, and at the end of a case's print view. */
export function LicenceLine() {
  return (
    <p>
      Content licensed under{" "}
      <a href={CONTENT_LICENCE.url} rel="license">
        {CONTENT_LICENCE_WORDS.short}
      </a>{" "}
      unless stated otherwise.
    </p>
  );
}
