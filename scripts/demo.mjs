// The newcomer's command: installs, builds and starts the app on its embedded database, as needed.
// Plain Node with no dependencies, so it runs before `npm ci` has.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// What the build is made of: a change to any of them builds again.
const SOURCES = ["app", "components", "db", "lib", "public", "next.config.ts", "proxy.ts", "auth.ts", "auth.config.ts", "instrumentation.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (newest("package-lock.json") > newest("node_modules/.package-lock.json")) {
  console.log("Installing dependencies (npm ci)...");
  run("npm", ["ci"]);
}
if (Math.max(...SOURCES.map(newest)) > newest(".next/BUILD_ID")) {
  console.log("Building the app (next build)...");
  // Without the build's own type check (a third of its time): `npm test` checks the types.
  run("npx", ["next", "build"], { EKIP_BUILD_SKIPS_TYPES: "1" });
}
console.log(`Starting on http://localhost:${process.env.PORT ?? 3000} (embedded database in ${process.env.PGLITE_DATA_DIR ?? ".data/pglite"})`);
run("npm", ["start"]);
