/**
 * The runner on PGlite, the embedded default: one PGlite instance for the file (it
 * costs seconds and most of a gigabyte), a fresh schema per test. First, a process
 * survives an outage in a PGlite data directory and its timer fires on time, once.
 */
import { createStore } from '@civicbricks/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTimerScheduler } from '../src/runner/index.js';
import { expectReplayMatches, manualClock, runnerFor, runRunnerSuite, timerRows } from './runner-suite.js';
import { openPglite, type PgliteInstance } from './support-pglite.js';

const root = mkdtempSync(join(tmpdir(), 'civic-workflow-'));
const dataDir = join(root, 'data');
let shared: PgliteInstance | undefined;
let schemas = 0;

afterAll(async () => {
  await shared?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a PGlite data directory reopened after an outage', () => {
  it('fires a 10-working-day timer at the end of its last working day, across Easter and the clock change, once', async () => {
    // Wednesday 24 March 2027. Good Friday (26th) and Easter Monday (29th) are holidays in
    // England and Wales, and the clocks go forward on Sunday 28th: 10 working days end at
    // midnight BST after Friday 9 April, 23:00 UTC.
    const clock = manualClock('2027-03-24T10:00:00Z');
    const before = await createStore({ adapter: 'pglite', dataDir, clock: clock.now });
    const runner = runnerFor(before, clock.now);
    await runner.start('bb-easter', 'blue-badge-application');
    await runner.send('bb-easter', 'startReview');
    expect(await timerRows(before)).toEqual([
      { id: 'bb-easter:evidenceDeadline', deadline: '2027-04-09T23:00:00.000Z', processId: 'bb-easter' },
    ]);
    const head = await before.audit.head();
    await before.close();

    // The service is down over Easter. It comes back a second before the deadline.
    clock.set('2027-04-09T22:59:59.999Z');
    const after = await createStore({ adapter: 'pglite', dataDir, clock: clock.now });
    try {
      const restarted = runnerFor(after, clock.now);
      const scheduler = createTimerScheduler({ runner: restarted, clock: clock.now });
      expect(await scheduler.runOnce()).toMatchObject({ fired: 0 });
      expect((await restarted.get('bb-easter')).snapshot.state).toEqual(['inReview', 'awaitingEvidence']);
      clock.set('2027-04-09T23:00:00.000Z');
      expect(await scheduler.runOnce()).toMatchObject({ fired: 1, errors: [] });
      clock.set('2027-04-12T09:00:00.000Z');
      expect(await scheduler.runOnce()).toMatchObject({ fired: 0 });
      expect((await restarted.get('bb-easter')).snapshot).toMatchObject({ state: ['decided', 'refused'], status: 'done', seq: 2 });
      expect((await restarted.history('bb-easter')).entries.at(-1)).toEqual({
        seq: 2,
        at: '2027-04-09T23:00:00.000Z',
        event: { type: 'timer', timer: 'evidenceDeadline' },
      });
      await expectReplayMatches(restarted, 'bb-easter');
      expect(await after.verifyAuditChain({ expectedHead: head })).toMatchObject({ ok: true, entries: 3 });
    } finally {
      await after.close();
    }
    // Reopening the directory is a warm start, faster than a fresh in-memory PGlite.
    shared = await openPglite(dataDir);
  }, 120_000);
});

runRunnerSuite('PGlite', async (clock) => {
  shared ??= await openPglite();
  return createStore({ adapter: 'pglite', pglite: shared, schema: `w_${process.pid}_${++schemas}`, clock });
});
