import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/user-schemas";

describe("the sign-in form", () => {
  const message = (password: string) => signInSchema.safeParse({ email: "editor@example.org", password }).error?.issues[0]?.message;

  it("asks for a missing password, and says a pasted one is too long rather than missing", () => {
    expect(message("")).toBe("Enter your password");
    expect(message("x".repeat(5_000))).toBe("A password has at most 1024 characters");
    expect(message("x".repeat(1_024))).toBeUndefined();
  });
});
