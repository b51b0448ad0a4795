// `npm test`: installs what is missing, then lint, type-check, build, Node tests (Vitest), browser tests
// (Web Test Runner in Chromium) and the consumer projects (tests/consumers), ending with one totals line for every check.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromiumHelp, ensureInstalled, ensureSystemPackages, findChromium, root, run } from './lib/run.mjs';

const results = join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const started = performance.now();
let stepStarted = started;

/** Minutes and seconds, as a person reads a duration. */
function duration(ms) {
  const seconds = Math.round(ms / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
}

function record(name, counts) {
  const took = duration(performance.now() - stepStarted);
  stepStarted = performance.now();
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  lines.push(
    `${counts.failed > 0 ? 'FAIL' : 'ok  '} ${name}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''} (${took})`,
  );
}

async function step(name, command, args, { bin = true } = {}) {
  console.log(`\n▶ ${name}`);
  const status = await run(command, args, { bin, check: false });
  record(name, status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  return status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Ends before any test: nothing was tested, and CI reads that as a failure. */
function stopBeforeTesting(message) {
  console.error(message);
  writeFileSync(join(results, 'totals.json'), JSON.stringify({ passed: 0, failed: 1, skipped: 0 }));
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// What .ci/run installs, so a machine with Node only gets the same suite: Chromium and PostgreSQL from Debian.
console.log('▶ system packages (chromium, postgresql)');
const system = await ensureSystemPackages();
if (!system.ok)
  stopBeforeTesting(`✗ The tests need Chromium and PostgreSQL. Run this, then npm test again:
    ${system.command}`);

console.log('▶ install');
try {
  await ensureInstalled();
} catch (error) {
  stopBeforeTesting(`✗ Installing dependencies failed: ${error.message}`);
}
// Each check's time is its own; the install's counts only in the wall time at the end.
stepStarted = performance.now();

await step('format (prettier --check)', 'prettier', ['--check', '.', '--log-level', 'warn']);
await step('lint (eslint)', 'eslint', ['.', '--max-warnings', '0']);
await step('type-check (tsc)', 'tsc', ['-p', 'tsconfig.json']);
const built = await step('build (rollup + custom elements manifest)', process.execPath, [join(root, 'scripts/build.mjs')], { bin: false });

console.log('\n▶ Node tests (vitest)');
const vitestFile = join(results, 'vitest.json');
const vitestStatus = await run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`], {
  bin: true,
  check: false,
  env: { CIVIC_BUILT: built ? '1' : '0' },
});
const vitest = readJson(vitestFile);
if (vitest) {
  const failedSuites = vitest.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  record('Node tests (vitest)', {
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests + failedSuites,
    skipped: vitest.numPendingTests + vitest.numTodoTests,
  });
  // Shown, never enforced: a file's time depends on the machine, and a suite must not.
  const slowest = vitest.testResults
    .map((file) => ({ name: relative(root, file.name), ms: file.endTime - file.startTime }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  console.log(`Slowest Node test files: ${slowest.map((file) => `${file.name} ${duration(file.ms)}`).join(', ')}`);
} else {
  record('Node tests (vitest)', { passed: 0, failed: 1 });
}
if (vitestStatus !== 0 && vitest && vitest.numFailedTests === 0) record('vitest exit status', { passed: 0, failed: 1 });

console.log('\n▶ Browser tests (web-test-runner, Chromium)');
if (!findChromium()) {
  console.error(chromiumHelp);
  record('Browser tests (Chromium)', { passed: 0, failed: 1 });
} else {
  const status = await run('web-test-runner', [], { bin: true, check: false });
  const browser = readJson(join(results, 'browser.json'));
  record('Browser tests (Chromium)', browser ?? { passed: 0, failed: 1 });
  if (status !== 0 && browser && browser.failed === 0) record('web-test-runner exit status', { passed: 0, failed: 1 });
}

// Its own step: the packages as npm users get them, from a local registry into fresh projects (tests/consumers).
console.log('\n▶ Consumer projects (Verdaccio, npm, Node 20 and 24)');
if (!built) {
  console.error('Skipped: the build failed, and the consumer projects install what it built.');
  record('Consumer projects (tests/consumers)', { passed: 0, failed: 1 });
} else {
  const status = await run(process.execPath, [join(root, 'tests/consumers/run.mjs'), '--built'], { check: false });
  const consumers = readJson(join(results, 'consumers.json'));
  record(
    'Consumer projects (tests/consumers)',
    consumers ? { passed: consumers.passed, failed: consumers.failed } : { passed: 0, failed: 1 },
  );
  if (status !== 0 && consumers && consumers.failed === 0) record('consumer tests exit status', { passed: 0, failed: 1 });
}

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(`  npm test took ${duration(performance.now() - started)} (wall time, install included)`);
writeFileSync(join(results, 'totals.json'), JSON.stringify(totals));
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
