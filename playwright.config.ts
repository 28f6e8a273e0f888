import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./tests/e2e/chromium-path.mjs";
import { DEMO_PASSWORD } from "./tests/e2e/session";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// Browsers cannot be downloaded here: the tests drive the system's Chromium (Debian's headless shell, or `chromium`).
const CHROMIUM = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  // Two workers on two cores beside the server: an answer can take longer than Playwright's default 5 s.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A failure's trace keeps the page's DOM at each step; the screencast besides cost a tenth of the run's time.
    // CI runs in a clone thrown away afterwards, where no trace is ever opened: recording one for every test there
    // cost another tenth (the editing tests: 4.8 min without, 5.4 with).
    trace: process.env.CI === "true" ? "off" : { mode: "retain-on-failure", screenshots: false },
  },
  projects: [
    // Start servers of their own (ports 3401-3404) on PostgreSQL databases of their own (behind a proxy they
    // can cut, or filled with synthetic cases): left out, and said so by the test command, on a machine
    // without a PostgreSQL server. First, so that its one worker runs beside the reading tests' other one.
    ...(process.env.EKIP_NO_POSTGRES === "1" ? [] : [{ name: "resilience", testMatch: /resilience\/.*\.spec\.ts/, workers: 1, use: CHROMIUM }]),
    { name: "chromium", testIgnore: /hostile-text|editing\/|resilience\//, use: CHROMIUM },
    // Publishes a case of its own: runs after the rest, whose counts it would change.
    { name: "hostile text", testMatch: /hostile-text/, use: CHROMIUM, dependencies: ["chromium"] },
    // Editors change, publish and merge content: after the reading tests, whose counts they would change.
    // Whole editor forms (hundreds of fields), several browser contexts and axe on each: more time per test.
    { name: "editing", testMatch: /editing\/.*\.spec\.ts/, use: CHROMIUM, dependencies: ["chromium"], timeout: 90_000 },
  ],
  webServer: {
    // The production build on a fresh embedded database, migrated and seeded by the start script.
    command: "rm -rf .data/e2e && npm start",
    url: `http://127.0.0.1:${PORT}/`,
    // TRUST_PROXY=1: the property test's sign-in attempts each name their own client address (X-Forwarded-For),
    // as a proxy in front would, so that they do not lock the address every other test signs in from.
    env: { PORT: String(PORT), PGLITE_DATA_DIR: ".data/e2e", DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1", DEMO_PASSWORD, TRUST_PROXY: "1" },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
  },
});
