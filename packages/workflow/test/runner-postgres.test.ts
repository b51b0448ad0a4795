/**
 * The runner on a real PostgreSQL server: the production shape, where several service
 * instances (separate connection pools) write to one process at once. Correctness
 * rests on the version check, never on locks.
 */
import { ConflictError } from '@civicbricks/core/errors';
import { createStore, type Store } from '@civicbricks/storage';
import { expect, it } from 'vitest';
import { createTimerScheduler, PROCESS_COLLECTION, ProcessChangedError } from '../src/runner/index.js';
import { describeOnPostgres } from '../../storage/test/support/postgres-suite.js';
import { expectReplayMatches, manualClock, runnerFor, runRunnerSuite, timerRows } from './runner-suite.js';

/**
 * A store whose transactions stop right after reading a process, until `release()`:
 * so a test can commit another write in between, exactly where a lost update would happen.
 */
function pausingAfterRead(store: Store): { store: Store; read: Promise<void>; release: () => void } {
  let signalRead!: () => void;
  let release!: () => void;
  const read = new Promise<void>((resolve) => (signalRead = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  const forward = <T extends object>(target: T, overrides: Partial<T>): T =>
    new Proxy(target, {
      get(object, property) {
        if (property in overrides) return overrides[property as keyof T];
        const value = Reflect.get(object, property, object) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
      },
    });
  const wrapped = forward(store, {
    transaction: (fn) =>
      store.transaction((tx) =>
        fn(
          forward(tx, {
            collection: ((name: string, schema: never) => {
              const collection = tx.collection(name, schema);
              if (name !== PROCESS_COLLECTION) return collection;
              return forward(collection, {
                get: async (id: string) => {
                  const record = await collection.get(id);
                  signalRead();
                  await gate;
                  return record;
                },
              });
            }) as Store['collection'],
          }),
        ),
      ),
  });
  return { store: wrapped, read, release };
}

let schemas = 0;
const newSchema = (): string => `w_${process.pid}_${++schemas}`;

describeOnPostgres('on PostgreSQL', (pg) => {
  const open = (schema: string, clock: () => Date): Promise<Store> =>
    createStore({ adapter: 'postgres', connectionString: pg.server.connectionString, schema, poolSize: 3, clock });

  runRunnerSuite('PostgreSQL', (clock) => open(newSchema(), clock));

  /** Two stores on one fresh schema, each with its own pool as two service processes would have, closed after `body`. */
  async function withTwoProcesses(
    body: (first: Store, second: Store, clock: ReturnType<typeof manualClock>) => Promise<void>,
  ): Promise<void> {
    const schema = newSchema();
    const clock = manualClock('2026-12-18T10:00:00Z');
    const [first, second] = [await open(schema, clock.now), await open(schema, clock.now)];
    try {
      await body(first, second, clock);
    } finally {
      await first.close();
      await second.close();
    }
  }

  it('two runners with their own pools send to one process at once: one wins, the other gets a conflict, nothing is lost', () =>
    withTwoProcesses(async (first, second, clock) => {
      const [a, b] = [runnerFor(first, clock.now), runnerFor(second, clock.now)];
      const ids = Array.from({ length: 8 }, (_, index) => `race-${index}`);
      for (const id of ids) {
        await a.start(id, 'blue-badge-application');
        await a.send(id, 'startReview', { expectedSeq: 0 });
      }
      clock.set('2026-12-21T10:00:00Z');
      // Two caseworkers act on the same page (seq 1) at the same moment, on every process.
      const outcomes = await Promise.all(
        ids.map((id) =>
          Promise.allSettled([
            a.send(id, 'evidenceReceived', { expectedSeq: 1, actor: 'staff:1' }),
            b.send(id, 'withdraw', { expectedSeq: 1, actor: 'staff:2' }),
          ]),
        ),
      );
      for (const [index, pair] of outcomes.entries()) {
        const id = ids[index]!;
        const won = pair.filter((outcome) => outcome.status === 'fulfilled');
        const lost = pair.filter((outcome) => outcome.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        const reason = (lost[0] as PromiseRejectedResult).reason as unknown;
        expect(reason).toBeInstanceOf(ProcessChangedError);
        expect(reason).toBeInstanceOf(ConflictError);
        // The stored state is the winner's, and the history holds every accepted event once.
        const winner = pair[0].status === 'fulfilled' ? 'evidenceReceived' : 'withdraw';
        const history = await b.history(id);
        expect(history.entries.map((entry) => entry.event.type)).toEqual(['startReview', winner]);
        expect((await a.get(id)).snapshot.seq).toBe(2);
        await expectReplayMatches(a, id);
      }
      expect(await first.verifyAuditChain()).toMatchObject({ ok: true, entries: ids.length * 3 });
      // Each process has the timer rows of its winner's state: none after withdraw, none after evidence arrived.
      expect(await timerRows(second)).toEqual([]);
    }));

  it('refuses the write of a transaction that read the process before another one committed (no expectedSeq, no locks)', () =>
    withTwoProcesses(async (first, second, clock) => {
      const a = runnerFor(first, clock.now);
      await a.start('lost-update', 'blue-badge-application');
      await a.send('lost-update', 'startReview');
      const paused = pausingAfterRead(second);
      const b = runnerFor(paused.store, clock.now);
      // b reads seq 1 and stops; a commits evidenceReceived; then b tries to write withdraw over it.
      const late = b.send('lost-update', 'withdraw');
      late.catch(() => undefined);
      await paused.read;
      await a.send('lost-update', 'evidenceReceived');
      paused.release();
      await expect(late).rejects.toBeInstanceOf(ProcessChangedError);
      expect((await a.history('lost-update')).entries.map((entry) => entry.event.type)).toEqual(['startReview', 'evidenceReceived']);
      expect((await a.get('lost-update')).snapshot.state).toEqual(['inReview', 'assessing']);
      expect(await first.verifyAuditChain()).toMatchObject({ ok: true, entries: 3 });
      // Sent again, it is judged against the current state.
      expect((await b.send('lost-update', 'withdraw')).snapshot.state).toEqual(['withdrawn']);
    }));

  it('two schedulers with their own pools fire the same due timers: each fires exactly once', () =>
    withTwoProcesses(async (first, second, clock) => {
      const [a, b] = [runnerFor(first, clock.now), runnerFor(second, clock.now)];
      const ids = Array.from({ length: 6 }, (_, index) => `due-${index}`);
      for (const id of ids) {
        await a.start(id, 'blue-badge-application');
        await a.send(id, 'startReview');
      }
      clock.set('2027-01-07T00:00:00.000Z');
      const schedulers = [createTimerScheduler({ runner: a }), createTimerScheduler({ runner: b })];
      const [x, y] = await Promise.all(schedulers.map((scheduler) => scheduler.runOnce()));
      expect(x!.errors).toEqual([]);
      expect(y!.errors).toEqual([]);
      expect(x!.fired + y!.fired).toBe(ids.length);
      for (const id of ids) {
        const fired = (await a.history(id)).entries.filter((entry) => entry.event.type === 'timer');
        expect(fired).toEqual([{ seq: 2, at: '2027-01-07T00:00:00.000Z', event: { type: 'timer', timer: 'evidenceDeadline' } }]);
        expect((await b.get(id)).snapshot.state).toEqual(['decided', 'refused']);
      }
      const decisions = (await first.outbox.list({ limit: 500 })).items.filter(
        (message) => (message.payload as { action: string }).action === 'sendDecision',
      );
      expect(decisions).toHaveLength(ids.length);
      expect(await second.verifyAuditChain()).toMatchObject({ ok: true });
    }));

  it('a fresh store over the same database fires a timer missed during an outage over the clock change and Christmas, once', async () => {
    const schema = newSchema();
    // Thursday 22 October 2026 (BST). 10 working days end at midnight GMT after Thursday 5 November.
    const clock = manualClock('2026-10-22T09:00:00Z');
    const before = await open(schema, clock.now);
    await runnerFor(before, clock.now).start('bb-autumn', 'blue-badge-application');
    await runnerFor(before, clock.now).send('bb-autumn', 'startReview');
    expect(await timerRows(before)).toEqual([
      { id: 'bb-autumn:evidenceDeadline', deadline: '2026-11-06T00:00:00.000Z', processId: 'bb-autumn' },
    ]);
    await before.close();

    // Down from then until Monday 4 January 2027, after the clocks went back and the Christmas holidays.
    clock.set('2027-01-04T09:30:00Z');
    const after = await open(schema, clock.now);
    try {
      const runner = runnerFor(after, clock.now);
      const schedulers = [createTimerScheduler({ runner }), createTimerScheduler({ runner })];
      const results = await Promise.all(schedulers.map((scheduler) => scheduler.runOnce()));
      expect(results.reduce((sum, result) => sum + result.fired, 0)).toBe(1);
      expect(await schedulers[0]!.runOnce()).toMatchObject({ fired: 0 });
      // It fires at the restart, the moment it could: late, but once, with its original deadline kept.
      expect((await runner.history('bb-autumn')).entries.at(-1)).toEqual({
        seq: 2,
        at: '2027-01-04T09:30:00.000Z',
        event: { type: 'timer', timer: 'evidenceDeadline' },
      });
      expect((await runner.get('bb-autumn')).snapshot).toMatchObject({ state: ['decided', 'refused'], status: 'done' });
      await expectReplayMatches(runner, 'bb-autumn');
      expect(await after.verifyAuditChain()).toMatchObject({ ok: true, entries: 3 });
    } finally {
      await after.close();
    }
  });
});
