import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay, start, transition } from '../src/index.js';
import { stepsArbitrary, walk } from './arbitraries.js';
import { machine } from './fixtures.js';

const initial = start(machine, '2026-12-01T09:00:00Z').snapshot;

describe('replay', () => {
  it('reproduces the stored snapshot exactly from the initial snapshot and the recorded history (property)', () => {
    fc.assert(
      fc.property(stepsArbitrary, (steps) => {
        const { snapshots, history } = walk(initial, steps);
        const stored = snapshots[snapshots.length - 1]!;
        // History and snapshots go through storage as JSON.
        const replayed = replay(machine, JSON.parse(JSON.stringify(initial)), JSON.parse(JSON.stringify(history)));
        expect(replayed).toEqual(stored);
        expect(replayed.seq).toBe(history.length);
        // Every prefix of the history leads to the snapshot stored at that point.
        const cut = Math.floor(history.length / 2);
        expect(replay(machine, initial, history.slice(0, cut))).toEqual(snapshots[cut]);
      }),
      { numRuns: 200 },
    );
  });

  it('records every accepted event, timers included, and nothing for an ignored one', () => {
    const { snapshots, history } = walk(initial, [
      { kind: 'event', event: { type: 'decide' }, advanceMinutes: 5 },
      { kind: 'event', event: { type: 'startReview' }, advanceMinutes: 5 },
      { kind: 'timer', lateMinutes: 30 },
    ]);
    expect(history.map((entry) => [entry.seq, entry.event])).toEqual([
      [1, { type: 'startReview' }],
      [2, { type: 'timer', timer: 'evidenceDeadline' }],
    ]);
    expect(snapshots[snapshots.length - 1]!.state).toEqual(['decided', 'refused']);
  });

  it('refuses a history with a gap, and one that does not fit the snapshot', () => {
    const first = transition(machine, initial, 'startReview', '2026-12-01T10:00:00Z');
    if (!first.accepted) throw new Error('expected startReview to be accepted');
    expect(() => replay(machine, initial, [{ ...first.record, seq: 2 }])).toThrow(
      expect.objectContaining({ code: 'workflow.history_gap', path: ['history', 0, 'seq'] }),
    );
    const wrong = { seq: 1, at: '2026-12-01T10:00:00.000Z', event: { type: 'evidenceReceived' } };
    expect(() => replay(machine, initial, [wrong])).toThrow(
      expect.objectContaining({ code: 'workflow.replay_diverged', path: ['history', 0] }),
    );
  });
});
