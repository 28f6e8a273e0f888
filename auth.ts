import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { ABSOLUTE_SECONDS, authConfig } from "./auth.config";
import { recordAudit } from "./db/audit";
import { getDb } from "./db/client";
import { addressKey, attemptSucceeded, guesserKey, lockAtLimit, takeAttempt, THROTTLE } from "./db/sign-in-throttle";
import { findUserForSignIn } from "./db/users";
import { KNOWN_BROWSER_COOKIE, knownBrowserCookieOptions, knownBrowserOf, knownBrowserValue } from "./lib/auth/known-browser";
import { verifyPassword } from "./lib/auth/password";
import { requestAddress } from "./lib/auth/request-address";
import { signInSchema } from "./lib/auth/user-schemas";

/** Too many failed attempts for this account or from this address: try again later. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

async function authorize(credentials: Partial<Record<string, unknown>>, request: Request) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = requestAddress(request.headers);
  const jar = await cookies();
  const user = await findUserForSignIn(email);
  const browser = user ? knownBrowserOf(jar.get(KNOWN_BROWSER_COOKIE)?.value, user) : null;
  const from = { browser: browser ? "signed in with before" : "new to this account" };
  const keys = [guesserKey(email, browser), { key: addressKey(ip), limit: THROTTLE.address.failures }];
  if (!(await takeAttempt(keys))) {
    await recordAudit(getDb(), { by: null, action: "sign_in.throttled", subject: email, ip, details: from });
    throw new SignInThrottled();
  }
  // Always hash, so that an unknown address answers as slowly as a wrong password.
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordMatches || !user.isActive) {
    await lockAtLimit(keys);
    await recordAudit(getDb(), { by: null, action: "sign_in.failed", subject: email, ip, details: { reason: !user ? "unknown" : !user.isActive ? "inactive" : "password", ...from } });
    return null;
  }
  await attemptSucceeded(keys[0]!.key, [keys[1]!.key]);
  jar.set(KNOWN_BROWSER_COOKIE, knownBrowserValue(user, browser ?? undefined), knownBrowserCookieOptions(new URL(request.url).protocol === "https:"));
  await recordAudit(getDb(), { by: { id: user.id, email: user.email }, action: "sign_in.ok", subject: email, ip, details: from });
  return { id: String(user.id), email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [Credentials({ credentials: { email: {}, password: {} }, authorize })],
  callbacks: {
    ...authConfig.callbacks,
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion: number }).sessionVersion;
        token.signedInAt = Math.floor(Date.now() / 1000);
        // Names this session for good (Auth.js's own jti changes whenever the token is renewed): signing out ends it.
        token.sid = crypto.randomUUID();
      }
      const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
      // The absolute limit: returning null ends the session however active it is.
      if (Date.now() / 1000 - signedInAt > ABSOLUTE_SECONDS) return null;
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv, sid: token.sid } as typeof session;
    },
  },
});
