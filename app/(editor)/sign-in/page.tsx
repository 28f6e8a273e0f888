import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  await connection();
  const next = (await searchParams).next;
  const target = typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/account";
  if (await getCurrentActor()) redirect(target);
  return (
    <div className="space-y-6">
      <h1>Sign in</h1>
      <p className="max-w-prose">For ekip staff and city editors. Everything published here can be read without an account.</p>
      <SignInForm next={target} />
    </div>
  );
}
