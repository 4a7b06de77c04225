/**
 * Browser tests against the production build in dist/ (run `npm run build` first; `npm test`
 * does). Debian's Chromium, started with the flags that keep it from calling home.
 */
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.TEST_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  projects: [
    { name: 'site', testIgnore: /\.after-all\.spec\.ts$/ },
    // Tests that change shared state (e.g. close the survey wave) run alone, after all others.
    { name: 'after-all', testMatch: /\.after-all\.spec\.ts$/, dependencies: ['site'] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serve-dist.mjs ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The survey backend the test build talks to (throw-away database, Data API on 54321).
      command: 'node tests/e2e/backend.ts',
      url: 'http://127.0.0.1:54321/rest/v1/rpc/survey_results',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
