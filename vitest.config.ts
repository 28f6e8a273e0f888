import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside React's server runtime `server-only` throws on import; the data layer is tested directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    // One worker per core, not vitest's cores - 1: the integration suites spend much of their time waiting on
    // PostgreSQL, another process (on 2 cores: 164 s instead of 235 s for unit and integration).
    maxWorkers: Math.max(2, availableParallelism()),
    // isolate: false: the files of a worker share its modules. Isolated, each file imported the app and compiled
    // PGlite's WebAssembly again (164 s became 130 s here). Nothing a file leaves behind is read by the next: every
    // data-layer test chooses its database and empties the read cache first, and no test changes the environment.
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], isolate: false } },
      {
        extends: true,
        test: {
          name: "integration", include: ["tests/integration/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000, isolate: false,
          globalSetup: ["tests/support/pglite-snapshot.ts"],
        },
      },
      // Needs the production build: scripts/test.mjs runs it after `next build`.
      { extends: true, test: { name: "bench", include: ["tests/bench/**/*.test.ts"], testTimeout: 120_000 } },
    ],
  },
});
