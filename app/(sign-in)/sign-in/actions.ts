"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { pageAfterSignIn } from "@/lib/auth/page-after-sign-in";
import { signInSchema } from "@/lib/auth/user-schemas";
import { sentForm } from "@/lib/action-arguments";

export type SignInState = { message?: string; errors?: { email?: string[]; password?: string[] }; email?: string };

export async function signInAction(state: SignInState, sent: FormData): Promise<SignInState> {
  const form = sentForm(sent, state);
  const email = String(form.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: form.get("password") });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: pageAfterSignIn(form.get("next")) });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the redirect after a successful sign-in
    // The same words whether or not the account exists.
    if ((error as { code?: string }).code === "throttled") {
      return { message: "Too many attempts. Wait 15 minutes, then try again.", email };
    }
    return { message: "That email address and password do not match an active account.", email };
  }
}
