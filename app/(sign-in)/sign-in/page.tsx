import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { PASSWORD_CHANGED_COOKIE } from "@/lib/auth/notices";
import { pageAfterSignIn } from "@/lib/auth/page-after-sign-in";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  await connection();
  const { next } = await searchParams;
  const passwordChanged = (await cookies()).has(PASSWORD_CHANGED_COOKIE);
  const target = pageAfterSignIn(next);
  if (await getCurrentActor()) redirect(target);
  return (
    <div className="space-y-6">
      <h1>Sign in</h1>
      {passwordChanged ? <p role="status" className="max-w-prose rounded border-l-4 border-teal-700 bg-teal-50 p-3">Your password is changed, and every session has ended: sign in with the new password.</p> : null}
      <p className="max-w-prose">For ekip staff and city editors. Everything published here can be read without an account.</p>
      <SignInForm next={target} />
    </div>
  );
}
