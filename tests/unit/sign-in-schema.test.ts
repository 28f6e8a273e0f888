import { pageAfterSignIn } from "@/lib/auth/page-after-sign-in";
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

describe("the page after signing in", () => {
  it("is the page asked for when it is a path on this site, else the cases to edit", () => {
    expect(pageAfterSignIn("/edit/cases/4?x=1#top")).toBe("/edit/cases/4?x=1#top");
    expect(pageAfterSignIn("/account")).toBe("/account");
    // A search's words as an address writes them ("+" for a space, commas, "@") come back too.
    expect(pageAfterSignIn("/admin/audit?subject=foo+bar&who=a@b.example,c")).toBe("/admin/audit?subject=foo+bar&who=a@b.example,c");
    // Browsers read "//host" and "/\\host" as another site.
    for (const elsewhere of ["//evil.example", "/\\evil.example", "/\\/evil.example", "/\t/evil.example", "/\n/evil.example", "/a\\b", "https://evil.example", "evil", "", null, ["/account"]]) {
      expect(pageAfterSignIn(elsewhere), String(elsewhere)).toBe("/edit");
    }
  });
});

