import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

const composed = "Пловдив-парола-ё".normalize("NFC");
const decomposed = composed.normalize("NFD");

describe("a password", () => {
  it("is the same however its accented letters are typed, composed or decomposed", async () => {
    expect(decomposed).not.toBe(composed);
    for (const made of [composed, decomposed]) {
      const passwordHash = await hashPassword(made);
      for (const typed of [composed, decomposed]) expect(await verifyPassword(passwordHash, typed), `${made.length} ${typed.length}`).toBe(true);
      expect(await verifyPassword(passwordHash, "Пловдив-парола-е")).toBe(false);
    }
  });

  it("still opens a hash made of decomposed text before passwords were composed", async () => {
    const older = await hash(decomposed);
    expect(await verifyPassword(older, decomposed)).toBe(true);
    expect(await verifyPassword(null, decomposed)).toBe(false);
  });
});
