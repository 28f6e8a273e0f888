import type { Metadata } from "next";
import { FORBIDDEN_TITLE, ForbiddenNotice } from "@/components/forbidden-notice";

export const metadata: Metadata = { title: FORBIDDEN_TITLE, robots: { index: false } };

export default function Forbidden() {
  return <ForbiddenNotice />;
}
