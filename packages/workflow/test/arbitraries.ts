// Random but valid journeys through the blue badge workflow, for the property tests.
import fc from 'fast-check';
import { transition, type HistoryEntry, type WorkflowEvent, type WorkflowSnapshot } from '../src/index.js';
import { machine } from './fixtures.js';

export type Step =
  | { readonly kind: 'event'; readonly event: WorkflowEvent; readonly advanceMinutes: number }
  | { readonly kind: 'timer'; readonly lateMinutes: number };

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('event' as const),
    event: fc.oneof(
      fc.constantFrom<WorkflowEvent>(
        { type: 'startReview' },
        { type: 'withdraw' },
        { type: 'evidenceReceived' },
        { type: 'requestMoreEvidence' },
        { type: 'decide', data: { eligible: true } },
        { type: 'decide', data: { eligible: false } },
      ),
      fc.string({ maxLength: 20 }).map((note): WorkflowEvent => ({ type: 'addNote', data: { note } })),
    ),
    advanceMinutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  }),
  fc.record({ kind: fc.constant('timer' as const), lateMinutes: fc.integer({ min: 0, max: 5 * 24 * 60 }) }),
);

export const stepsArbitrary = fc.array(stepArbitrary, { maxLength: 25 });

export interface Journey {
  readonly snapshots: readonly WorkflowSnapshot[];
  readonly history: readonly HistoryEntry[];
}

/** Applies random steps, ignoring events the current state does not allow, as a runner would. */
export function walk(initial: WorkflowSnapshot, steps: readonly Step[]): Journey {
  const snapshots = [initial];
  const history: HistoryEntry[] = [];
  let snapshot = initial;
  let now = Date.parse(initial.updatedAt);
  for (const step of steps) {
    let event: WorkflowEvent;
    if (step.kind === 'timer') {
      const [next] = snapshot.timers;
      if (!next) continue;
      now = Math.max(now, Date.parse(next.deadline)) + step.lateMinutes * 60_000;
      event = { type: 'timer', timer: next.id };
    } else {
      now += step.advanceMinutes * 60_000;
      event = step.event;
    }
    const result = transition(machine, snapshot, event, new Date(now).toISOString(), { notAllowed: 'ignore' });
    if (!result.accepted) continue;
    snapshot = result.snapshot;
    snapshots.push(snapshot);
    history.push(result.record);
  }
  return { snapshots, history };
}
