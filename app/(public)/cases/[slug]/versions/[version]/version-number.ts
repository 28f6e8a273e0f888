import { notFound } from "next/navigation";
import { addressNumberSchema } from "@/lib/case/schema";

/** A version asked of a case no longer published is answered as the case is (410); an address that names no version, not found. */
export function assertVersionNumber(version: string): void {
  if (!addressNumberSchema.safeParse(version).success) notFound();
}
