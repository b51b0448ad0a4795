// The long runs that `npm test` keeps small so it passes on any two-core machine: the same tests, at
// full size. `node scripts/full-checks.mjs storybook` runs axe over every Storybook story;
// `node scripts/full-checks.mjs notifications` delivers 10,000 notifications through the outbox on
// PGlite and 2,000 on PostgreSQL while the fake Notify injects faults; `node scripts/full-checks.mjs
// storage` tampers with a 10,000-entry audit chain and races 50 writers; `node scripts/full-checks.mjs docs`
// also runs the README blocks that start PGlite (seconds each). LOAD_SEED repeats a run.
import { run } from './lib/run.mjs';

const checks = {
  storybook: [{ files: ['tests/storybook.test.ts'], env: { STORYBOOK_AXE: '1' } }],
  docs: [{ files: ['tests/docs.test.ts'], env: { DOCS_PGLITE: '1' } }],
  storage: [
    {
      files: ['packages/storage/test/pglite-stress.test.ts', 'packages/storage/test/postgres-stress.test.ts'],
      env: { STORAGE_STRESS: 'full' },
    },
  ],
  notifications: [
    { files: ['packages/notifications/test/delivery-load.test.ts'], env: { LOAD_COUNT: '10000' } },
    { files: ['packages/notifications/test/delivery-postgres.test.ts'], env: { LOAD_COUNT: '2000' } },
  ],
};

const name = process.argv[2];
const runs = checks[name];
if (!runs) {
  console.error(`Usage: node scripts/full-checks.mjs ${Object.keys(checks).join('|')}`);
  process.exit(2);
}
let failed = false;
for (const { files, env } of runs) {
  const status = await run('vitest', ['run', ...files], { bin: true, check: false, env });
  failed ||= status !== 0;
}
process.exitCode = failed ? 1 : 0;
