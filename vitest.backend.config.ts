// Backend tests: real PostgreSQL (started once by the global setup) and supabase-js against the
// local Data API. Run with `npm run test:backend`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/db/**/*.test.ts', 'tests/api/**/*.test.ts'],
    globalSetup: ['tests/db/global-setup.ts'],
    // Concurrency tests hold many connections and the property test runs 10,000 payloads.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two workers match the two cores; more only adds context switches.
    maxWorkers: 2,
  },
});
