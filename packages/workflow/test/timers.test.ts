import { toIsoDate, workingDaysBetween } from '@civicbricks/core/working-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMachine,
  dueTimers,
  EventNotAllowedError,
  fireDueTimers,
  parseSnapshot,
  start,
  transition,
  type WorkflowMachine,
  type WorkflowSnapshot,
} from '../src/index.js';
import { machine } from './fixtures.js';

/** One state with one timer; `timer` is merged into the timer definition. */
function oneTimer(timer: Record<string, unknown>, division = 'england-and-wales'): WorkflowMachine {
  return createMachine({
    id: 'one-timer',
    version: 1,
    division,
    initial: 'waiting',
    states: { waiting: { timers: [{ id: 'due', target: 'expired', ...timer }] }, expired: { type: 'final' } },
  });
}

const deadlineOf = (machine: WorkflowMachine, now: string): string => start(machine, now).snapshot.timers[0]!.deadline;

describe('calendar-time timers', () => {
  it('adds days to the Europe/London date and keeps the wall-clock time across a clock change', () => {
    // 28 March 2026 12:00 GMT; the clocks go forward overnight, so one day later is 12:00 BST = 11:00 UTC.
    expect(deadlineOf(oneTimer({ after: 'P1D' }), '2026-03-28T12:00:00Z')).toBe('2026-03-29T11:00:00.000Z');
    expect(deadlineOf(oneTimer({ after: 'P14D' }), '2026-12-18T10:00:00Z')).toBe('2027-01-01T10:00:00.000Z');
    expect(deadlineOf(oneTimer({ after: 'P1W' }), '2026-10-20T09:00:00Z')).toBe('2026-10-27T10:00:00.000Z');
  });

  it('adds hours as elapsed time, whatever the clocks do', () => {
    expect(deadlineOf(oneTimer({ after: 'PT24H' }), '2026-03-28T12:00:00Z')).toBe('2026-03-29T12:00:00.000Z');
    expect(deadlineOf(oneTimer({ after: 'PT48H' }), '2026-10-24T12:00:00Z')).toBe('2026-10-26T12:00:00.000Z');
    expect(deadlineOf(oneTimer({ after: 'P1DT2H30M' }), '2026-05-01T08:00:00Z')).toBe('2026-05-02T10:30:00.000Z');
  });

  it('clamps a month step to the last day of the month, and resolves the clock-change hours one way', () => {
    expect(deadlineOf(oneTimer({ after: 'P1M' }), '2027-01-31T12:00:00Z')).toBe('2027-02-28T12:00:00.000Z');
    expect(deadlineOf(oneTimer({ after: 'P1M' }), '2028-01-31T12:00:00Z')).toBe('2028-02-29T12:00:00.000Z');
    expect(deadlineOf(oneTimer({ after: 'P1Y' }), '2026-06-15T08:00:00Z')).toBe('2027-06-15T08:00:00.000Z');
    // 01:30 on 29 March 2026 does not exist in London: it moves forward to 02:30 BST.
    expect(deadlineOf(oneTimer({ after: 'P1D' }), '2026-03-28T01:30:00Z')).toBe('2026-03-29T01:30:00.000Z');
    // 01:30 on 25 October 2026 happens twice: the earlier (BST) one is taken.
    expect(deadlineOf(oneTimer({ after: 'P1D' }), '2026-10-24T00:30:00Z')).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('working-day timers', () => {
  it('counts over Christmas 2026 differently in England and Wales and in Scotland', () => {
    // Friday 18 December 2026: 25 and 28 December and 1 January are holidays everywhere; Scotland also has 4 January.
    expect(deadlineOf(oneTimer({ workingDays: 10 }), '2026-12-18T15:00:00Z')).toBe('2027-01-07T00:00:00.000Z');
    expect(deadlineOf(oneTimer({ workingDays: 10 }, 'scotland'), '2026-12-18T15:00:00Z')).toBe('2027-01-08T00:00:00.000Z');
    expect(deadlineOf(oneTimer({ workingDays: 10, division: 'scotland' }), '2026-12-18T15:00:00Z')).toBe('2027-01-08T00:00:00.000Z');
  });

  it('uses a given Europe/London time on the last working day', () => {
    expect(deadlineOf(oneTimer({ workingDays: 10, at: '17:00' }), '2026-12-18T15:00:00Z')).toBe('2027-01-06T17:00:00.000Z');
    // In summer, 17:00 in London is 16:00 UTC.
    expect(deadlineOf(oneTimer({ workingDays: 1, at: '17:00' }), '2026-07-03T09:00:00Z')).toBe('2026-07-06T16:00:00.000Z');
  });

  it('counts from the London date of now, not the UTC date', () => {
    // 23:30 UTC on 30 June is 00:30 on Wednesday 1 July in London, so 1 working day later is Thursday 2 July,
    // which ends at 23:00 UTC. Counting from the UTC date would have ended a day earlier.
    expect(deadlineOf(oneTimer({ workingDays: 1 }), '2026-06-30T23:30:00Z')).toBe('2026-07-02T23:00:00.000Z');
  });

  it('always ends at midnight London time after exactly n working days (property)', () => {
    const machines = new Map<number, WorkflowMachine>();
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 10, 1) }), fc.integer({ min: 1, max: 25 }), (time, n) => {
        const machine = machines.get(n) ?? oneTimer({ workingDays: n });
        machines.set(n, machine);
        const now = new Date(time).toISOString();
        const deadline = Date.parse(deadlineOf(machine, now));
        expect(deadline).toBeGreaterThan(time);
        const lastDay = toIsoDate(new Date(deadline - 1));
        expect(toIsoDate(new Date(deadline))).not.toBe(lastDay);
        expect(workingDaysBetween(toIsoDate(new Date(time)), lastDay, { division: 'england-and-wales' })).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});

describe('durable timers across a restart', () => {
  const reviewing = (): WorkflowSnapshot => {
    const started = start(machine, '2026-12-18T10:00:00Z').snapshot;
    return transition(machine, started, 'startReview', '2026-12-18T11:00:00Z').snapshot;
  };

  it('restores exactly the pending timers with their original deadlines', () => {
    const stored = JSON.stringify(reviewing());
    const restored = parseSnapshot(machine, stored);
    expect(restored.timers).toEqual([{ id: 'evidenceDeadline', state: 'awaitingEvidence', deadline: '2027-01-07T00:00:00.000Z' }]);
    expect(dueTimers(restored, '2027-01-06T23:59:59.999Z')).toEqual([]);
    expect(dueTimers(restored, '2027-01-07T00:00:00Z')).toEqual(restored.timers);
  });

  it('fires a timer that fell due while the process was down exactly once', () => {
    const restored = parseSnapshot(machine, JSON.stringify(reviewing()));
    const now = '2027-01-12T08:00:00Z';
    const fired = fireDueTimers(machine, restored, now);
    expect(fired.records).toEqual([{ seq: 2, at: '2027-01-12T08:00:00.000Z', event: { type: 'timer', timer: 'evidenceDeadline' } }]);
    expect(fired.snapshot.state).toEqual(['decided', 'refused']);
    expect(fired.snapshot.context).toMatchObject({ decision: 'refused', reason: 'no-evidence' });
    expect(fired.snapshot.timers).toEqual([]);
    // Once fired, it is gone: neither dueTimers nor a repeated timer event can fire it again.
    expect(fireDueTimers(machine, fired.snapshot, now).records).toEqual([]);
    expect(() => transition(machine, fired.snapshot, { type: 'timer', timer: 'evidenceDeadline' }, now)).toThrow(EventNotAllowedError);
    const ignored = transition(machine, fired.snapshot, { type: 'timer', timer: 'evidenceDeadline' }, now, {
      notAllowed: 'ignore',
    });
    expect(ignored.accepted).toBe(false);
  });

  it('does not fire a timer before its deadline', () => {
    expect(() => transition(machine, reviewing(), { type: 'timer', timer: 'evidenceDeadline' }, '2027-01-06T12:00:00Z')).toThrow(
      /not due until 2027-01-07T00:00:00.000Z/,
    );
  });

  it('cancels a timer when its state is left, so it can never fire', () => {
    const { snapshot, effects } = transition(machine, reviewing(), 'evidenceReceived', '2026-12-21T09:00:00Z');
    expect(effects).toContainEqual({ type: 'cancel-timer', timer: 'evidenceDeadline', state: 'awaitingEvidence' });
    expect(snapshot.timers).toEqual([]);
    expect(dueTimers(snapshot, '2030-01-01T00:00:00Z')).toEqual([]);
  });

  it('fires overdue timers earliest first; a timer whose state the first one left is cancelled, not fired', () => {
    const twoTimers = createMachine({
      id: 'two-timers',
      version: 1,
      initial: 'waiting',
      states: {
        waiting: {
          timers: [
            { id: 'late', after: 'P3D', target: 'lapsed' },
            { id: 'reminder', after: 'P1D', target: 'reminded' },
          ],
        },
        reminded: { timers: [{ id: 'chase', after: 'P7D', target: 'lapsed' }] },
        lapsed: { type: 'final' },
      },
    });
    const { snapshot } = start(twoTimers, '2026-05-01T09:00:00Z');
    expect(snapshot.timers.map((timer) => timer.id)).toEqual(['reminder', 'late']);
    const fired = fireDueTimers(twoTimers, JSON.parse(JSON.stringify(snapshot)) as unknown, '2026-05-05T09:00:00Z');
    expect(fired.records.map((record) => record.event.timer)).toEqual(['reminder']);
    expect(fired.effects).toContainEqual({ type: 'cancel-timer', timer: 'late', state: 'waiting' });
    expect(fired.snapshot.state).toEqual(['reminded']);
    // The next timer counts from when the reminder actually fired (the restore), not from its deadline.
    expect(fired.snapshot.timers).toEqual([{ id: 'chase', state: 'reminded', deadline: '2026-05-12T09:00:00.000Z' }]);
  });
});
