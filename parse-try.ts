import { readFileSync } from "node:fs";
import { parseCaseDocument } from "./lib/importer/parse-case";
const r = parseCaseDocument(readFileSync(process.argv[2]!));
console.log(JSON.stringify(r, null, 2));
