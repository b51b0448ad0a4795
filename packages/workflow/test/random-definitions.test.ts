// Properties that must hold for every valid definition, not just the blue badge one.
import { createStore } from '@civicbricks/storage';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  createMachine,
  EventNotAllowedError,
  parseSnapshot,
  replay,
  start,
  transition,
  type WorkflowDefinition,
} from '../src/index.js';
import { createWorkflowRunner } from '../src/runner/index.js';
import { definitionArbitrary, eventFor, eventsOf, randomRegistry, randomStepsArbitrary, walkRandom } from './random-definitions.js';

const T0 = '2026-10-20T08:30:00Z';
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('random valid definitions (property)', () => {
  it('replaying the recorded history gives the stored snapshot, at the end and at every step', () => {
    fc.assert(
      fc.property(definitionArbitrary, randomStepsArbitrary, (json, steps) => {
        const machine = createMachine(json, randomRegistry);
        const initial = start(machine, T0).snapshot;
        const { snapshots, history } = walkRandom(machine, initial, steps);
        const stored = snapshots[snapshots.length - 1]!;
        expect(replay(createMachine(roundTrip(json), randomRegistry), roundTrip(initial), roundTrip(history))).toEqual(stored);
        history.forEach((entry, index) => {
          expect(entry.seq).toBe(index + 1);
          expect(replay(machine, initial, history.slice(0, index + 1))).toEqual(snapshots[index + 1]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a JSON round trip of the definition and of every snapshot changes nothing', () => {
    fc.assert(
      fc.property(definitionArbitrary, randomStepsArbitrary, (json, steps) => {
        const machine = createMachine(json, randomRegistry);
        const restoredMachine = createMachine(roundTrip(machine.definition), randomRegistry);
        expect(restoredMachine.definition).toEqual(machine.definition);
        const initial = start(machine, T0);
        expect(start(restoredMachine, T0)).toEqual(initial);
        let snapshot = initial.snapshot;
        let restored = parseSnapshot(restoredMachine, JSON.stringify(snapshot));
        let now = Date.parse(T0);
        for (const step of steps) {
          expect(restored).toEqual(snapshot);
          expect(allowedEvents(restoredMachine, restored)).toEqual(allowedEvents(machine, snapshot));
          const next = eventFor(machine, snapshot, step, now);
          if (!next) continue;
          now = next.now;
          const at = new Date(now).toISOString();
          const original = transition(machine, snapshot, next.event, at, { notAllowed: 'ignore' });
          const copy = transition(restoredMachine, roundTrip(restored), roundTrip(next.event), at, { notAllowed: 'ignore' });
          expect(copy.accepted).toBe(original.accepted);
          expect(copy.snapshot).toEqual(original.snapshot);
          expect(copy.effects).toEqual(original.effects);
          snapshot = original.snapshot;
          restored = parseSnapshot(restoredMachine, JSON.stringify(copy.snapshot));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('no event, and no timer, ever moves a process out of a final state it rests in', () => {
    let finished = 0;
    fc.assert(
      fc.property(definitionArbitrary, randomStepsArbitrary, (json, steps) => {
        const machine = createMachine(json, randomRegistry);
        const { definition } = machine;
        const initial = start(machine, T0).snapshot;
        // walkRandom throws if anything is accepted once the process is done.
        const { snapshots } = walkRandom(machine, initial, steps);
        for (const snapshot of snapshots) {
          const leaf = leafDefinition(definition, snapshot.state);
          // A top-level final state always finishes the process; a finished process rests in a final state without timers.
          if (leaf.type === 'final' && snapshot.state.length === 1) expect(snapshot.status).toBe('done');
          if (snapshot.status !== 'done') continue;
          expect(leaf.type).toBe('final');
          expect(snapshot.timers).toEqual([]);
          expect(allowedEvents(machine, snapshot)).toEqual([]);
          finished += 1;
          const later = new Date(Date.parse(snapshot.updatedAt) + 86_400_000).toISOString();
          for (const type of eventsOf(definition)) {
            for (const event of [{ type }, { type, data: { flag: true } }]) {
              const result = transition(machine, snapshot, event, later, { notAllowed: 'ignore' });
              expect(result.accepted).toBe(false);
              expect(result.snapshot).toBe(snapshot);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
    // The generator must actually reach finished processes for this to mean anything.
    expect(finished).toBeGreaterThan(15);
  });
});

function leafDefinition(definition: WorkflowDefinition, path: readonly string[]) {
  let states = definition.states;
  let leaf = states[path[0]!]!;
  for (const name of path) {
    leaf = states[name]!;
    states = leaf.states ?? {};
  }
  return leaf;
}

describe('random valid definitions through the storage-backed runner (property)', () => {
  it('the history read back from the audit log replays to the stored snapshot', async () => {
    await fc.assert(
      fc.asyncProperty(definitionArbitrary, randomStepsArbitrary, async (json, steps) => {
        const machine = createMachine(json, randomRegistry);
        let now = new Date(T0);
        const store = await createStore({ adapter: 'memory' });
        const runner = createWorkflowRunner({ store, definitions: [machine], clock: () => now });
        let { snapshot } = await runner.start('p-1', machine.definition.id);
        for (const step of steps) {
          const next = eventFor(machine, snapshot, step, now.getTime());
          if (!next) continue;
          now = new Date(next.now);
          if (next.event.type === 'timer') snapshot = (await runner.fireDueTimers('p-1')).snapshot;
          else {
            snapshot = await runner.send('p-1', next.event, { expectedSeq: snapshot.seq }).then(
              (result) => result.snapshot,
              (error: unknown) => {
                // Refused events change nothing; anything else is a failure.
                if (!(error instanceof EventNotAllowedError)) throw error;
                return snapshot;
              },
            );
          }
        }
        const stored = (await runner.get('p-1')).snapshot;
        expect(stored).toEqual(snapshot);
        const history = await runner.history('p-1');
        expect(replay(machine, history.initial, history.entries)).toEqual(stored);
        expect(history.entries).toHaveLength(stored.seq);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: stored.seq + 1 });
        await store.close();
      }),
      { numRuns: 40 },
    );
  });
});
