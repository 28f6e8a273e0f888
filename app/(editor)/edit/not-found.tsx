import type { Metadata } from "next";
import { connection } from "next/server";
import { EDITOR_NOT_FOUND_TITLE, EditorNotFoundNotice } from "@/components/editor-not-found";

export const metadata: Metadata = { title: EDITOR_NOT_FOUND_TITLE, robots: { index: false } };

export default async function EditorNotFound() {
  await connection();
  return <EditorNotFoundNotice />;
}
