import type { NextAuthConfig } from "next-auth";

/** Sessions end after this long without a request... */
export const IDLE_SECONDS = 2 * 60 * 60;
/** ...and this long after signing in, whatever happens. */
export const ABSOLUTE_SECONDS = 12 * 60 * 60;

/**
 * The part of the Auth.js configuration the proxy can use: no database, no password hashing. The
 * proxy only redirects people who are not signed in; every mutation checks again on the server.
 */
/**
 * Auth.js's errors, logged. A wrong password (recorded in the audit log) and a session cookie that is not ours (what any
 * client may send) are not the server's faults: one line each, not a stack on every request.
 */
const logger = {
  error(error: Error) {
    const type = (error as Error & { type?: string }).type ?? error.name;
    if (type === "CredentialsSignin") return;
    if (type === "JWTSessionError") return console.warn(`[auth] a session cookie that could not be read was set aside (${error.message})`);
    console.error(`[auth][error] ${type}:`, error);
  },
};

export const authConfig = {
  pages: { signIn: "/sign-in" },
  logger,
  // Credentials sign-in works with JWT sessions only; the token is checked against the database on every request (auth.ts).
  session: { strategy: "jwt", maxAge: IDLE_SECONDS, updateAge: 5 * 60 },
  providers: [],
  callbacks: {
    authorized({ auth }) {
      return !!auth?.user;
    },
  },
} satisfies NextAuthConfig;
