// The definition-first forms of 0.1 (`transition(definition, snapshot, event, now, registry)` and the rest) still
// work for one minor release: same results as the machine-first forms, one DeprecationWarning per function, the
// same typed errors for bad input, and no cache between calls.
import { isCivicError } from '@civicbricks/core/errors';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  allowedEvents,
  fireDueTimers,
  loadSnapshot,
  parseSnapshot,
  replay,
  start,
  transition,
  type Migration,
  type WorkflowSnapshot,
} from '../src/index.js';
import { blueBadgeJson, copyOfBlueBadge, machine, registry } from './fixtures.js';

const T0 = '2026-12-18T10:00:00Z';
const T1 = '2026-12-18T11:00:00Z';
const LATER = '2027-02-01T09:00:00Z';

let warnings: MockInstance<typeof process.emitWarning>;
beforeEach(() => {
  warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
});
afterEach(() => {
  warnings.mockRestore();
});

/** The deprecation warnings emitted so far that name `name`. */
function warningsFor(name: string): unknown[][] {
  return warnings.mock.calls.filter(([message]) => typeof message === 'string' && message.includes(` ${name}(definition`));
}

function failure(run: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    run();
  } catch (error) {
    if (!isCivicError(error)) throw error;
    return { code: error.code, path: error.path };
  }
  throw new Error('expected a typed error');
}

const reviewing = (): WorkflowSnapshot => transition(machine, start(machine, T0).snapshot, 'startReview', T1).snapshot;

describe('the deprecated definition-first forms', () => {
  it.each([
    ['start', () => start(blueBadgeJson, T0, registry), () => start(machine, T0), 'start(machine, now, options)'],
    [
      'transition',
      () => transition(blueBadgeJson, reviewing(), 'evidenceReceived', T1, registry, { notAllowed: 'ignore' }),
      () => transition(machine, reviewing(), 'evidenceReceived', T1, { notAllowed: 'ignore' }),
      'transition(machine, snapshot, event, now, options)',
    ],
    [
      'allowedEvents',
      () => allowedEvents(blueBadgeJson, reviewing(), registry, { now: T1 }),
      () => allowedEvents(machine, reviewing(), { now: T1 }),
      'allowedEvents(machine, snapshot, options)',
    ],
    [
      'fireDueTimers',
      () => fireDueTimers(blueBadgeJson, reviewing(), LATER, registry),
      () => fireDueTimers(machine, reviewing(), LATER),
      'fireDueTimers(machine, snapshot, now)',
    ],
    [
      'replay',
      () => {
        const first = transition(machine, start(machine, T0).snapshot, 'startReview', T1);
        return replay(blueBadgeJson, start(machine, T0).snapshot, first.accepted ? [first.record] : [], registry);
      },
      () => reviewing(),
      'replay(machine, initialSnapshot, history)',
    ],
    [
      'parseSnapshot',
      () => parseSnapshot(blueBadgeJson, JSON.stringify(reviewing()), registry),
      () => parseSnapshot(machine, JSON.stringify(reviewing())),
      'parseSnapshot(machine, input)',
    ],
    [
      'loadSnapshot',
      () => loadSnapshot(blueBadgeJson, JSON.stringify(reviewing()), { registry, migrations: [] }),
      () => loadSnapshot(machine, JSON.stringify(reviewing()), { migrations: [] }),
      'loadSnapshot(machine, input, { migrations })',
    ],
  ] as const)('%s gives the result of the machine form and warns once, naming what to call', (name, deprecated, current, call) => {
    const expected = current();
    expect(warningsFor(name)).toEqual([]);
    expect(deprecated()).toEqual(expected);
    expect(deprecated()).toEqual(expected);
    expect(deprecated()).toEqual(expected);
    const emitted = warningsFor(name);
    expect(emitted).toHaveLength(1);
    const [message, options] = emitted[0] as [string, { type: string; code: string }];
    expect(message).toContain(`call ${call} instead`);
    expect(message).toContain('createMachine(definition, registry)');
    expect(message).toContain('compiles the definition on every call');
    expect(options).toEqual({ type: 'DeprecationWarning', code: 'CIVICBRICKS_WORKFLOW_DEFINITION_FIRST' });
  });

  it('never warns for the machine-first forms', () => {
    const snapshot = start(machine, T0).snapshot;
    transition(machine, snapshot, 'startReview', T1);
    allowedEvents(machine, snapshot);
    fireDueTimers(machine, snapshot, T1);
    parseSnapshot(machine, snapshot);
    loadSnapshot(machine, snapshot);
    replay(machine, snapshot, []);
    expect(warnings).not.toHaveBeenCalled();
  });

  it('compiles the definition on every call: nothing is cached between calls', () => {
    const json = copyOfBlueBadge();
    const started = start(machine, T0).snapshot;
    expect(transition(json, started, 'startReview', T1, registry).snapshot.state).toEqual(['inReview', 'awaitingEvidence']);
    // The same object, changed in place: a cache keyed by the object would still go to inReview.
    (json.states.submitted as { on: Record<string, { target: string }> }).on.startReview!.target = 'withdrawn';
    expect(transition(json, started, 'startReview', T1, registry).snapshot.state).toEqual(['withdrawn']);
    // The same definition with another registry runs that registry's guards.
    const snapshot = transition(machine, reviewing(), 'evidenceReceived', T1).snapshot;
    const generous = { ...registry, guards: { ...registry.guards, fewerRequestsThan: () => true } };
    const stingy = { ...registry, guards: { ...registry.guards, fewerRequestsThan: () => false } };
    expect(allowedEvents(blueBadgeJson, snapshot, generous)).toContain('requestMoreEvidence');
    expect(allowedEvents(blueBadgeJson, snapshot, stingy)).not.toContain('requestMoreEvidence');
  });

  it.each([
    ['start: not a definition', () => start('nope', T0), 'workflow.definition.invalid_type', ['definition']],
    [
      'start: a registry entry that is not a function',
      () => start(blueBadgeJson, T0, { guards: { x: 1 } } as never),
      'workflow.invalid_registry',
      ['registry', 'guards', 'x'],
    ],
    ['start: now without an offset', () => start(blueBadgeJson, '2026-12-18T10:00:00', registry), 'workflow.invalid_instant', ['now']],
    [
      'start: an unknown option',
      () => start(blueBadgeJson, T0, registry, { contxt: {} } as never),
      'workflow.invalid_option',
      ['options', 'contxt'],
    ],
    [
      'transition: an event type with spaces',
      () => transition(blueBadgeJson, reviewing(), 'start review', T1, registry),
      'workflow.event.invalid_format',
      ['event', 'type'],
    ],
    [
      'transition: an event not allowed',
      () => transition(blueBadgeJson, reviewing(), 'decide', T1, registry),
      'workflow.event_not_allowed',
      ['event', 'type'],
    ],
    [
      'transition: no registry for the names the definition uses',
      () => transition(blueBadgeJson, reviewing(), 'withdraw', T1),
      'workflow.unknown_action',
      ['definition', 'states', 'submitted', 'entry', 0],
    ],
    [
      'allowedEvents: a bad now',
      () => allowedEvents(blueBadgeJson, reviewing(), registry, { now: 'today' }),
      'workflow.invalid_instant',
      ['options', 'now'],
    ],
    [
      'fireDueTimers: a snapshot without states',
      () => fireDueTimers(blueBadgeJson, { ...reviewing(), state: [] }, T1, registry),
      'workflow.snapshot.too_small',
      ['snapshot', 'state'],
    ],
    [
      'replay: a history that is not a list',
      () => replay(blueBadgeJson, reviewing(), { seq: 1 }, registry),
      'workflow.invalid_history',
      ['history'],
    ],
    [
      'parseSnapshot: text that is not JSON',
      () => parseSnapshot(blueBadgeJson, 'not json', registry),
      'workflow.snapshot.invalid_json',
      ['snapshot'],
    ],
    [
      'loadSnapshot: options that are null',
      () => loadSnapshot(blueBadgeJson, reviewing(), null as never),
      'workflow.invalid_option',
      ['options'],
    ],
    [
      'loadSnapshot: migrations that are not a list',
      () => loadSnapshot(blueBadgeJson, reviewing(), { registry, migrations: {} as never as readonly Migration[] }),
      'workflow.invalid_migration',
      ['migrations'],
    ],
  ] as const)('refuses %s with the code and path of 0.1', (_name, run, code, path) => {
    expect(failure(run)).toEqual({ code, path });
  });
});
