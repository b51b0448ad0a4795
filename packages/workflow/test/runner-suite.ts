// The runner's behaviour, run against every storage adapter (memory, PGlite, PostgreSQL).
import { ConflictError } from '@civicbricks/core/errors';
import type { Store } from '@civicbricks/storage';
import { describe, expect, it } from 'vitest';
import { createMachine, EventNotAllowedError, replay, type Migration, type WorkflowMachine, type WorkflowSnapshot } from '../src/index.js';
import {
  createTimerScheduler,
  createWorkflowRunner,
  ProcessChangedError,
  TIMER_COLLECTION,
  type WorkflowRunner,
} from '../src/runner/index.js';
import { TimerRecordSchema } from '../src/runner/records.js';
import { blueBadge, blueBadgeJson, registry, machine } from './fixtures.js';
import { rejection } from '../../../tests/support/rejection.js';

/** A clock the test moves by hand. */
export function manualClock(start: string): { now: () => Date; set: (instant: string) => void } {
  let current = new Date(start);
  return { now: () => current, set: (instant) => void (current = new Date(instant)) };
}

export function runnerFor(store: Store, clock: () => Date, extra: Partial<Parameters<typeof createWorkflowRunner>[0]> = {}) {
  return createWorkflowRunner({ store, definitions: [blueBadge], registry, clock, ...extra });
}

export async function timerRows(store: Store): Promise<{ id: string; deadline: string; processId: string }[]> {
  const page = await store.collection(TIMER_COLLECTION, TimerRecordSchema).list({ limit: 500 });
  return page.items.map((row) => ({ id: row.id, deadline: row.data.deadline, processId: row.data.processId }));
}

export async function expectReplayMatches(runner: WorkflowRunner, processId: string, workflow: WorkflowMachine = machine): Promise<void> {
  const stored = (await runner.get(processId)).snapshot;
  const history = await runner.history(processId);
  // The audit detail went through storage as JSON; replaying it must land exactly on the stored snapshot.
  expect(replay(workflow, history.initial, history.entries)).toEqual(stored);
  expect(history.entries.map((entry) => entry.seq)).toEqual(
    Array.from({ length: history.entries.length }, (_, index) => history.initial.seq + index + 1),
  );
}

// Version 2 renames `submitted` to `received`; stored version 1 snapshots are migrated on load.
const blueBadgeV2 = createMachine(
  (() => {
    const copy = structuredClone(blueBadgeJson) as unknown as { version: number; initial: string; states: Record<string, unknown> };
    const { submitted, ...rest } = copy.states;
    copy.version = 2;
    copy.initial = 'received';
    copy.states = { received: submitted, ...rest };
    return copy;
  })(),
  registry,
);
const renameSubmitted: Migration = {
  workflowId: 'blue-badge-application',
  from: 1,
  to: 2,
  migrate: (snapshot) => ({
    ...snapshot,
    state: snapshot.state.map((name) => (name === 'submitted' ? 'received' : name)),
    timers: snapshot.timers.map((timer) => (timer.state === 'submitted' ? { ...timer, state: 'received' } : timer)),
  }),
};

export function runRunnerSuite(adapter: string, open: (clock: () => Date) => Promise<Store>): void {
  describe(`workflow runner on ${adapter}`, () => {
    /** A fresh store on a manual clock set to `at`, and a runner over it. */
    async function openRunner(at: string): Promise<{ clock: ReturnType<typeof manualClock>; store: Store; runner: WorkflowRunner }> {
      const clock = manualClock(at);
      const store = await open(clock.now);
      return { clock, store, runner: runnerFor(store, clock.now) };
    }

    it('starts a process: snapshot, audit entry, outbox commands and timer rows in one go', async () => {
      const { store, runner } = await openRunner('2026-12-18T10:00:00Z');
      const started = await runner.start('bb-1', 'blue-badge-application', undefined, { actor: 'citizen:41' });
      expect(started.snapshot.state).toEqual(['submitted']);
      expect((await runner.get('bb-1')).snapshot).toEqual(started.snapshot);
      expect((await store.outbox.list()).items).toMatchObject([
        { topic: 'notify.send', payload: { processId: 'bb-1', seq: 0, action: 'acknowledge', payload: { template: 'acknowledgement' } } },
      ]);
      expect(await timerRows(store)).toEqual([{ id: 'bb-1:triageDeadline', deadline: '2027-01-01T10:00:00.000Z', processId: 'bb-1' }]);
      const audit = await store.audit.list({ recordId: 'bb-1' });
      expect(audit).toMatchObject([{ action: 'workflow.started', actor: 'citizen:41', metadata: { to: 'submitted', seq: 0 } }]);

      const again = await rejection(runner.start('bb-1', 'blue-badge-application'));
      expect(again).toBeInstanceOf(ConflictError);
      expect(again).toMatchObject({ code: 'workflow.process_exists' });
      expect(await store.audit.list({ recordId: 'bb-1' })).toHaveLength(1);
      await store.close();
    });

    it('applies an event and writes its effects: timers swapped, commands queued, allowed events follow', async () => {
      const { clock, store, runner } = await openRunner('2026-12-18T10:00:00Z');
      await runner.start('bb-2', 'blue-badge-application');
      clock.set('2026-12-18T11:00:00Z');
      const result = await runner.send('bb-2', 'startReview', { expectedSeq: 0, actor: 'staff:7' });
      expect(result.snapshot.state).toEqual(['inReview', 'awaitingEvidence']);
      expect(result.record).toEqual({ seq: 1, at: '2026-12-18T11:00:00.000Z', event: { type: 'startReview' } });
      // The triage timer was cancelled with its state; the evidence timer counts 10 working days over Christmas.
      expect(await timerRows(store)).toEqual([{ id: 'bb-2:evidenceDeadline', deadline: '2027-01-07T00:00:00.000Z', processId: 'bb-2' }]);
      const templates = (await store.outbox.list()).items.map(
        (message) => (message.payload as { payload: { template: string } }).payload.template,
      );
      expect(templates).toEqual(['acknowledgement', 'evidence-request']);
      expect(await runner.allowedEvents('bb-2')).toEqual(['evidenceReceived', 'withdraw', 'addNote']);
      const [, event] = await store.audit.list({ recordId: 'bb-2' });
      expect(event).toMatchObject({
        action: 'workflow.event',
        actor: 'staff:7',
        fields: ['state', 'context', 'timers'],
        metadata: { event: 'startReview', from: 'submitted', to: 'inReview.awaitingEvidence', seq: 1 },
      });
      // Event data is personal: it stays out of the chain's metadata.
      await runner.send('bb-2', { type: 'addNote', data: { note: 'Called Ms Jones' } });
      const audit = await store.audit.list({ recordId: 'bb-2' });
      expect(JSON.stringify(audit.map((entry) => entry.metadata))).not.toContain('Ms Jones');
      await expectReplayMatches(runner, 'bb-2');
      await store.close();
    });

    it('refuses a stale write with a conflict a person can act on, and writes nothing', async () => {
      const { store, runner } = await openRunner('2026-12-18T10:00:00Z');
      await runner.start('bb-3', 'blue-badge-application');
      await runner.send('bb-3', 'startReview', { expectedSeq: 0 });
      const before = await runner.get('bb-3');
      const head = await store.audit.head();
      // A second person decided on the page they loaded at seq 0.
      const stale = await rejection(runner.send('bb-3', 'withdraw', { expectedSeq: 0 }));
      expect(stale).toBeInstanceOf(ProcessChangedError);
      expect(stale).toBeInstanceOf(ConflictError);
      expect(stale).toMatchObject({ code: 'workflow.process_changed', currentSeq: 1, retryable: true });
      expect((stale as Error).message).toMatch(/^This case was changed by someone else/);
      // An event the state does not allow is refused the same way, listing what is allowed.
      const refused = await rejection(runner.send('bb-3', 'decide'));
      expect(refused).toBeInstanceOf(EventNotAllowedError);
      expect(refused).toMatchObject({ allowedEvents: ['evidenceReceived', 'withdraw', 'addNote'] });
      expect(await runner.get('bb-3')).toEqual(before);
      expect(await store.audit.head()).toEqual(head);
      expect((await store.outbox.list()).items).toHaveLength(2);
      await store.close();
    });

    it('fires due timers through the scheduler: not early, then once, and the rows follow', async () => {
      const { clock, store, runner } = await openRunner('2026-12-18T10:00:00Z');
      await runner.start('bb-4', 'blue-badge-application');
      await runner.start('bb-5', 'blue-badge-application');
      await runner.send('bb-4', 'startReview');
      await runner.send('bb-5', 'withdraw');
      const scheduler = createTimerScheduler({ runner, store, clock: clock.now, pollIntervalMs: 1000 });
      clock.set('2027-01-06T23:59:59.999Z');
      expect(await scheduler.runOnce()).toMatchObject({ fired: 0, processes: 0 });
      clock.set('2027-01-07T00:00:00.000Z');
      expect(await scheduler.runOnce()).toMatchObject({ fired: 1, processes: 1, errors: [] });
      expect(await scheduler.runOnce()).toMatchObject({ fired: 0, processes: 0 });
      const { snapshot } = await runner.get('bb-4');
      expect(snapshot.state).toEqual(['decided', 'refused']);
      expect(snapshot.context).toMatchObject({ decision: 'refused', reason: 'no-evidence' });
      // A withdrawn process leaves no timers behind; the fired one is gone too.
      expect(await timerRows(store)).toEqual([]);
      const history = await runner.history('bb-4');
      expect(history.entries.at(-1)).toEqual({
        seq: 2,
        at: '2027-01-07T00:00:00.000Z',
        event: { type: 'timer', timer: 'evidenceDeadline' },
      });
      expect((await store.audit.list({ recordId: 'bb-4' })).map((entry) => entry.action)).toEqual([
        'workflow.started',
        'workflow.event',
        'workflow.timer_fired',
      ]);
      await expectReplayMatches(runner, 'bb-4');
      expect(await store.verifyAuditChain()).toMatchObject({ ok: true });
      await store.close();
    });

    it('polls with start() and stops cleanly with stop()', async () => {
      const { clock, store, runner } = await openRunner('2027-01-01T09:00:00Z');
      await runner.start('bb-6', 'blue-badge-application');
      clock.set('2027-02-01T09:00:00Z');
      const errors: unknown[] = [];
      const scheduler = createTimerScheduler({ runner, pollIntervalMs: 10, onError: (error) => errors.push(error) });
      scheduler.start();
      await expect
        .poll(async () => (await runner.get('bb-6')).snapshot.state, { timeout: 10_000 })
        .toEqual(['inReview', 'awaitingEvidence']);
      await scheduler.stop();
      expect(errors).toEqual([]);
      expect((await runner.history('bb-6')).entries).toHaveLength(1);
      await store.close();
    });

    it('migrates a stored snapshot on load and records the migration, so history still replays', async () => {
      const clock = manualClock('2026-12-18T10:00:00Z');
      const store = await open(clock.now);
      await runnerFor(store, clock.now).start('bb-7', 'blue-badge-application');
      const upgraded = runnerFor(store, clock.now, { definitions: [blueBadgeV2], migrations: [renameSubmitted] });
      const loaded = await upgraded.get('bb-7');
      expect(loaded).toMatchObject({ migrated: true, snapshot: { definitionVersion: 2, state: ['received'] } });
      expect(await upgraded.allowedEvents('bb-7')).toEqual(['startReview', 'withdraw']);
      clock.set('2026-12-19T10:00:00Z');
      await upgraded.send('bb-7', 'startReview', { expectedSeq: 0 });
      expect(await upgraded.get('bb-7')).toMatchObject({ migrated: false, snapshot: { definitionVersion: 2, seq: 1 } });
      expect((await store.audit.list({ recordId: 'bb-7' })).map((entry) => entry.action)).toEqual([
        'workflow.started',
        'workflow.migrated',
        'workflow.event',
      ]);
      const history = await upgraded.history('bb-7');
      expect(history.initial).toMatchObject({ definitionVersion: 2, state: ['received'] });
      await expectReplayMatches(upgraded, 'bb-7', blueBadgeV2);
      // The old runner cannot run a newer snapshot, and says so.
      const old = await rejection(runnerFor(store, clock.now).get('bb-7'));
      expect(old).toMatchObject({ code: 'workflow.snapshot_too_new' });
      await store.close();
    });

    it('keeps one complete history across many events and timers, with a verifying audit chain', async () => {
      const { clock, store, runner } = await openRunner('2026-11-02T09:00:00Z');
      const scheduler = createTimerScheduler({ runner });
      await runner.start('bb-8', 'blue-badge-application');
      const steps: (() => Promise<unknown>)[] = [
        () => runner.send('bb-8', 'startReview'),
        () => runner.send('bb-8', { type: 'addNote', data: { note: 'first' } }),
        () => runner.send('bb-8', 'evidenceReceived'),
        () => runner.send('bb-8', 'requestMoreEvidence'),
        () => runner.send('bb-8', 'evidenceReceived'),
        () => runner.send('bb-8', 'requestMoreEvidence'),
      ];
      for (const step of steps) {
        clock.set(new Date(clock.now().getTime() + 36 * 3_600_000).toISOString());
        await step();
      }
      clock.set('2027-03-01T12:00:00Z');
      expect((await scheduler.runOnce()).fired).toBe(1);
      const { snapshot } = await runner.get('bb-8');
      expect(snapshot).toMatchObject({ state: ['decided', 'refused'], status: 'done', seq: 7 });
      await expectReplayMatches(runner, 'bb-8');
      expect(await store.verifyAuditChain()).toMatchObject({ ok: true });
      const last: WorkflowSnapshot = (await runner.history('bb-8')).initial;
      expect(last.seq).toBe(0);
      await store.close();
    });
  });
}
