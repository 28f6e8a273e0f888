import { describe, expect, it } from "vitest";
import { nameChangeSchema, signInSchema } from "@/lib/auth/user-schemas";

describe("the sign-in form", () => {
  const message = (password: string) => signInSchema.safeParse({ email: "editor@example.org", password }).error?.issues[0]?.message;

  it("asks for a missing password, and says a pasted one is too long rather than missing", () => {
    expect(message("")).toBe("Enter your password");
    expect(message("x".repeat(5_000))).toBe("A password has at most 1024 characters");
    expect(message("x".repeat(1_024))).toBeUndefined();
  });
});

describe("a person's name", () => {
  it("is trimmed, may be empty, loses NUL characters and says when it is too long", () => {
    expect(nameChangeSchema.parse({ name: "  Camille\u0000 Martin " })).toEqual({ name: "Camille Martin" });
    expect(nameChangeSchema.parse({ name: "   " })).toEqual({ name: "" });
    expect(nameChangeSchema.safeParse({ name: "x".repeat(201) }).error?.issues[0]?.message).toBe("Use at most 200 characters");
    expect(nameChangeSchema.safeParse({}).error?.issues[0]?.message).toBe("Enter a name, or leave it empty");
  });
});
