import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

const reports = process.env.REPORTS_DIR ?? 'test-results/reports';
// Ports of the two builds served during the run. Two checkouts testing at once on one
// machine (git worktrees) give each its own pair, or one would reuse the other's server.
const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
const BENCH_PORT = Number(process.env.E2E_BENCH_PORT ?? APP_PORT + 1);
const APP_URL = `http://127.0.0.1:${APP_PORT}`;
/** Where the benchmark's build is served during the e2e run. */
export const BENCH_URL = `http://127.0.0.1:${BENCH_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: `${reports}/playwright.json` }]],
  use: {
    baseURL: APP_URL,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: [
    {
      command: `npm run build && npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      url: APP_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    // The benchmark's build (generated graphs of thousands of entities from ?bench=N), which
    // the product's build refuses; tests of large graphs use it (BENCH_URL).
    {
      command: `npx vite build --mode bench --outDir dist-bench --emptyOutDir && npx vite preview --outDir dist-bench --host 127.0.0.1 --port ${BENCH_PORT} --strictPort`,
      url: BENCH_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
