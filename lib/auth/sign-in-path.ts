/** The sign-in page, coming back to `next` afterwards: the same address from the proxy and from every page. */
export function signInPath(next: string): string {
  return `/sign-in?${new URLSearchParams({ next })}`;
}
