import { readFileSync } from "node:fs";
import path from "node:path";

export const DELIVERED_CASE = path.join(process.cwd(), "content", "cases", "saint-etienne-artificial-intelligence.md");
export const LUND_VARIANT = path.join(process.cwd(), "tests", "fixtures", "cases", "lund-variant.md");

export const readText = (file: string) => readFileSync(file, "utf8");
