import { ValidationError } from '@civicbricks/core/errors';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  createMachine,
  defineRegistry,
  EventNotAllowedError,
  start,
  transition,
  WorkflowBehaviourError,
  type WorkflowSnapshot,
} from '../src/index.js';
import { blueBadgeJson, machine, registry, type BlueBadgeContext } from './fixtures.js';

const T0 = '2026-12-18T10:00:00Z';
const T1 = '2026-12-18T11:00:00Z';
const T2 = '2026-12-21T09:00:00Z';

function inAssessing(): WorkflowSnapshot {
  const started = start(machine, T0).snapshot;
  const reviewing = transition(machine, started, 'startReview', T1).snapshot;
  return transition(machine, reviewing, 'evidenceReceived', T2).snapshot;
}

const ctx = (snapshot: WorkflowSnapshot) => snapshot.context as unknown as BlueBadgeContext;

describe('start', () => {
  it('enters the initial state, runs its entry actions and arms its timers from now', () => {
    const { snapshot, effects } = start(machine, T0);
    expect(snapshot).toEqual({
      definitionId: 'blue-badge-application',
      definitionVersion: 1,
      state: ['submitted'],
      status: 'active',
      context: { evidenceRequests: 0, decision: null, notes: [] },
      timers: [{ id: 'triageDeadline', state: 'submitted', deadline: '2027-01-01T10:00:00.000Z' }],
      seq: 0,
      updatedAt: '2026-12-18T10:00:00.000Z',
    });
    expect(effects).toEqual([
      { type: 'command', command: 'notify.send', payload: { template: 'acknowledgement' }, action: 'acknowledge' },
      { type: 'schedule-timer', timer: 'triageDeadline', state: 'submitted', deadline: '2027-01-01T10:00:00.000Z' },
    ]);
  });

  it('starts with a given context, checked by the context validator', () => {
    const { snapshot } = start(machine, T0, { context: { evidenceRequests: 0, decision: null, notes: ['phoned'] } });
    expect(ctx(snapshot).notes).toEqual(['phoned']);
    expect(() => start(machine, T0, { context: { evidenceRequests: 'none' } })).toThrow(ValidationError);
  });
});

describe('transition', () => {
  it('enters a compound state through its initial child: parent entry first, then the child, then its timers', () => {
    const started = start(machine, T0).snapshot;
    const { snapshot, effects, record } = transition(machine, started, 'startReview', T1) as Extract<
      ReturnType<typeof transition>,
      { accepted: true }
    >;
    expect(snapshot.state).toEqual(['inReview', 'awaitingEvidence']);
    expect(ctx(snapshot).log).toEqual(['review started']);
    expect(ctx(snapshot).evidenceRequests).toBe(1);
    expect(effects.map((effect) => effect.type)).toEqual(['cancel-timer', 'command', 'schedule-timer']);
    expect(effects[0]).toEqual({ type: 'cancel-timer', timer: 'triageDeadline', state: 'submitted' });
    expect(snapshot.timers.map((timer) => timer.id)).toEqual(['evidenceDeadline']);
    expect(snapshot.seq).toBe(1);
    expect(record).toEqual({ seq: 1, at: '2026-12-18T11:00:00.000Z', event: { type: 'startReview' } });
  });

  it('moves between nested siblings without leaving or re-entering the parent', () => {
    const snapshot = inAssessing();
    expect(snapshot.state).toEqual(['inReview', 'assessing']);
    expect(ctx(snapshot).log).toEqual(['review started']);
    expect(snapshot.timers).toEqual([]);
  });

  it('takes the first transition whose guard passes, in the order written, and runs its actions', () => {
    const approved = transition(machine, inAssessing(), { type: 'decide', data: { eligible: true } }, T2);
    expect(approved.snapshot.state).toEqual(['decided', 'approved']);
    expect(ctx(approved.snapshot)).toMatchObject({ decision: 'approved', decidedAt: '2026-12-21T09:00:00.000Z' });
    const refused = transition(machine, inAssessing(), { type: 'decide', data: { eligible: false } }, T2);
    expect(refused.snapshot.state).toEqual(['decided', 'refused']);
    expect(ctx(refused.snapshot).decision).toBe('refused');
  });

  it('runs exit actions innermost first, then transition actions, then entry actions, leaving the parent', () => {
    const order: string[] = [];
    const tracing = defineRegistry({
      ...registry,
      actions: Object.fromEntries(
        Object.entries(registry.actions!).map(([name, action]) => [
          name,
          (args: Parameters<typeof action>[0]) => {
            order.push(name + (args.params.message ? `:${String(args.params.message)}` : ''));
            return action(args);
          },
        ]),
      ),
    });
    transition(createMachine(blueBadgeJson, tracing), inAssessing(), { type: 'decide', data: { eligible: true } }, T2);
    expect(order).toEqual(['log:review finished', 'recordDecision', 'sendDecision']);
  });

  it('handles an event declared on an ancestor of the current state', () => {
    const { snapshot } = transition(machine, inAssessing(), 'withdraw', T2);
    expect(snapshot.state).toEqual(['withdrawn']);
    expect(ctx(snapshot).log).toEqual(['review started', 'review finished']);
  });

  it('runs a transition without a target in place: no exit, no entry, timers untouched', () => {
    const started = start(machine, T0).snapshot;
    const reviewing = transition(machine, started, 'startReview', T1).snapshot;
    const { snapshot, effects } = transition(machine, reviewing, { type: 'addNote', data: { note: 'GP letter due' } }, T2);
    expect(snapshot.state).toEqual(reviewing.state);
    expect(snapshot.timers).toEqual(reviewing.timers);
    expect(ctx(snapshot).notes).toEqual(['GP letter due']);
    expect(ctx(snapshot).log).toEqual(['review started']);
    expect(effects).toEqual([]);
  });

  it('re-enters a state on the way back, re-arming its timer from the new now', () => {
    const assessing = inAssessing();
    const { snapshot } = transition(machine, assessing, 'requestMoreEvidence', '2027-01-11T09:00:00Z');
    expect(snapshot.state).toEqual(['inReview', 'awaitingEvidence']);
    expect(ctx(snapshot).evidenceRequests).toBe(2);
    expect(snapshot.timers).toEqual([{ id: 'evidenceDeadline', state: 'awaitingEvidence', deadline: '2027-01-26T00:00:00.000Z' }]);
  });

  it('marks the instance done in a final state and then allows nothing', () => {
    const { snapshot, effects } = transition(machine, inAssessing(), { type: 'decide', data: { eligible: true } }, T2);
    expect(snapshot.status).toBe('done');
    expect(effects).toContainEqual({
      type: 'command',
      command: 'notify.send',
      payload: { template: 'decision', from: 'inReview.assessing' },
      action: 'sendDecision',
    });
    expect(allowedEvents(machine, snapshot)).toEqual([]);
    expect(() => transition(machine, snapshot, 'withdraw', T2)).toThrow(EventNotAllowedError);
  });

  it('refuses an event the state does not handle with a typed error listing what is allowed', () => {
    const started = start(machine, T0).snapshot;
    try {
      transition(machine, started, 'decide', T1);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EventNotAllowedError);
      const refused = error as EventNotAllowedError;
      expect(refused.code).toBe('workflow.event_not_allowed');
      expect(refused.allowedEvents).toEqual(['startReview', 'withdraw']);
      expect(refused.state).toEqual(['submitted']);
      expect(refused.message).toMatch(/allowed now: startReview, withdraw/);
    }
  });

  it('refuses an event whose every guard says no', () => {
    let snapshot = inAssessing();
    for (let round = 0; round < 2; round += 1) {
      snapshot = transition(machine, snapshot, 'requestMoreEvidence', T2).snapshot;
      snapshot = transition(machine, snapshot, 'evidenceReceived', T2).snapshot;
    }
    expect(ctx(snapshot).evidenceRequests).toBe(3);
    expect(() => transition(machine, snapshot, 'requestMoreEvidence', T2)).toThrow(/guards said no/);
  });

  it('ignores a refused event when asked, returning the same snapshot and no effects', () => {
    const started = start(machine, T0).snapshot;
    const result = transition(machine, started, 'decide', T1, { notAllowed: 'ignore' });
    expect(result.accepted).toBe(false);
    expect(result.snapshot).toBe(started);
    expect(result.effects).toEqual([]);
    if (!result.accepted) expect(result.error.allowedEvents).toEqual(['startReview', 'withdraw']);
  });

  it('is pure: same inputs, same output, and the input snapshot is never changed', () => {
    const assessing = JSON.parse(JSON.stringify(inAssessing())) as WorkflowSnapshot;
    const before = JSON.stringify(assessing);
    const a = transition(machine, assessing, { type: 'decide', data: { eligible: true } }, T2);
    const b = transition(machine, assessing, { type: 'decide', data: { eligible: true } }, T2);
    expect(a).toEqual(b);
    expect(JSON.stringify(assessing)).toBe(before);
    expect(Object.isFrozen(a.snapshot.context)).toBe(true);
  });

  it('refuses a step whose actions leave a context the validator rejects, changing nothing', () => {
    const started = start(machine, T0).snapshot;
    const reviewing = transition(machine, started, 'startReview', T1).snapshot;
    const longNote = 'x'.repeat(201);
    expect(() => transition(machine, reviewing, { type: 'addNote', data: { note: longNote } }, T2)).toThrow(
      expect.objectContaining({ code: 'workflow.invalid_context.too_big', path: ['context', 'notes', 0] }),
    );
  });

  it('wraps a guard or action that throws, or returns something that is not JSON, in a typed error', () => {
    const bad = defineRegistry({
      guards: {
        explodes: () => {
          throw new Error('boom');
        },
      },
      actions: {
        explodes: () => {
          throw new Error('boom');
        },
        leaks: () => ({ context: { when: new Date() } as never }),
      },
    });
    const badMachine = createMachine(
      {
        id: 'bad-behaviour',
        version: 1,
        initial: 'a',
        states: {
          a: { on: { go: { target: 'b', guard: 'explodes' }, act: { actions: ['explodes'] }, leak: { actions: ['leaks'] } } },
          b: {},
        },
      },
      bad,
    );
    const { snapshot } = start(badMachine, T0);
    expect(() => transition(badMachine, snapshot, 'go', T1)).toThrow(expect.objectContaining({ code: 'workflow.guard_failed' }));
    expect(() => transition(badMachine, snapshot, 'act', T1)).toThrow(WorkflowBehaviourError);
    expect(() => transition(badMachine, snapshot, 'leak', T1)).toThrow(expect.objectContaining({ code: 'workflow.invalid_action_result' }));
  });
});

describe('allowedEvents', () => {
  it('lists the events of the current state and its ancestors, innermost first', () => {
    const started = start(machine, T0).snapshot;
    expect(allowedEvents(machine, started)).toEqual(['startReview', 'withdraw']);
    expect(allowedEvents(machine, inAssessing())).toEqual(['decide', 'requestMoreEvidence', 'withdraw', 'addNote']);
  });

  it('leaves out an event whose guards all say no, and brings it back when they say yes', () => {
    let snapshot = inAssessing();
    for (let round = 0; round < 2; round += 1) {
      snapshot = transition(machine, snapshot, 'requestMoreEvidence', T2).snapshot;
      snapshot = transition(machine, snapshot, 'evidenceReceived', T2).snapshot;
    }
    expect(allowedEvents(machine, snapshot)).toEqual(['decide', 'withdraw', 'addNote']);
    const generous = defineRegistry({ ...registry, guards: { ...registry.guards!, fewerRequestsThan: () => true } });
    expect(allowedEvents(createMachine(blueBadgeJson, generous), snapshot)).toContain('requestMoreEvidence');
  });

  it('agrees with transition: every listed event is accepted', () => {
    const snapshot = inAssessing();
    for (const type of allowedEvents(machine, snapshot)) {
      expect(transition(machine, snapshot, { type, data: { note: 'n' } }, T2).accepted).toBe(true);
    }
  });
});
