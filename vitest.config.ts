import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Tests run against workspace sources through the `source` export condition, so no build is needed first.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/fast-check-seed.ts'],
    // PGlite and real PostgreSQL tests share one server per file; two cores cannot run many at once.
    maxWorkers: 2,
    // A limit for a hung test, not a speed check: the suite must pass on a busy two-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
