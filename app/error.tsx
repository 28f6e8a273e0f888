"use client";

// A page that failed on the server (the database went away mid-request, a bug). Production never sends
// the error's message or stack to the browser, only its digest, which the server log has beside the error.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="prose-text space-y-4">
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Everything already saved is safe: a save that did not finish was not applied.</p>
      <p>
        <button type="button" onClick={() => reset()} className="underline">
          Try again
        </button>{" "}
        or <a href="/">go to the home page</a>.
      </p>
      {error.digest ? <p className="text-sm text-stone-600">Reference: {error.digest}</p> : null}
    </div>
  );
}
