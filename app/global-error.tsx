"use client";

// When even the layout fails: a whole document of its own, with nothing about the cause.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>Something went wrong</h1>
          <p>The knowledge bank could not show this page just now. Please try again in a minute.</p>
          <p>
            <a href="/">Go to the home page</a>
          </p>
          {error.digest ? <p>Reference: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
