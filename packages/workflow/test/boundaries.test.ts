// Every public entry point refuses bad input with a typed error that names the problem and where it is.
import { isCivicError, ValidationError } from '@civicbricks/core/errors';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  createMachine,
  defineRegistry,
  describeDefinition,
  dueTimers,
  fireDueTimers,
  loadSnapshot,
  parseDefinition,
  parseSnapshot,
  replay,
  start,
  toMermaid,
  transition,
} from '../src/index.js';
import { blueBadge, registry, machine } from './fixtures.js';

const NOW = '2026-12-18T10:00:00Z';
const snapshot = start(machine, NOW).snapshot;

function failure(run: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    run();
  } catch (error) {
    expect(isCivicError(error)).toBe(true);
    expect(error).toBeInstanceOf(ValidationError);
    const { code, path } = error as ValidationError;
    return { code, path };
  }
  throw new Error('expected a typed error');
}

describe('typed errors at every entry point', () => {
  it.each([
    ['createMachine: not an object', () => createMachine('nope'), 'workflow.definition.invalid_type', ['definition']],
    [
      'createMachine: registry entry not a function',
      () => createMachine(blueBadge, { guards: { x: 1 } } as never),
      'workflow.invalid_registry',
      ['registry', 'guards', 'x'],
    ],
    ['createMachine: options null', () => createMachine(blueBadge, registry, null as never), 'workflow.invalid_option', ['options']],
    ['parseDefinition: not an object', () => parseDefinition('nope'), 'workflow.definition.invalid_type', ['definition']],
    ['defineRegistry: unknown group', () => defineRegistry({ guard: {} } as never), 'workflow.invalid_registry', ['registry', 'guard']],
    [
      'defineRegistry: validator that is not a schema',
      () => defineRegistry({ contextValidators: { c: () => true } } as never),
      'workflow.invalid_registry',
      ['registry', 'contextValidators', 'c'],
    ],
    ['start: now without an offset', () => start(machine, '2026-12-18T10:00:00'), 'workflow.invalid_instant', ['now']],
    ['start: now not a date', () => start(machine, '2026-02-30T10:00:00Z'), 'workflow.invalid_instant', ['now']],
    [
      'start: context not JSON',
      () => start(machine, NOW, { context: { at: new Date() } as never }),
      'workflow.invalid_context',
      ['options', 'context'],
    ],
    ['start: unknown option', () => start(machine, NOW, { contxt: {} } as never), 'workflow.invalid_option', ['options', 'contxt']],
    [
      'transition: event without a type',
      () => transition(machine, snapshot, { kind: 'go' } as never, NOW),
      'workflow.event.invalid_type',
      ['event', 'type'],
    ],
    [
      'transition: event type with spaces',
      () => transition(machine, snapshot, 'start review', NOW),
      'workflow.event.invalid_format',
      ['event', 'type'],
    ],
    [
      'transition: data not JSON',
      () => transition(machine, snapshot, { type: 'withdraw', data: Number.NaN }, NOW),
      'workflow.event.custom',
      ['event', 'data'],
    ],
    [
      'transition: timer event without a timer',
      () => transition(machine, snapshot, 'timer', NOW),
      'workflow.event.missing_timer',
      ['event', 'timer'],
    ],
    ['transition: snapshot missing', () => transition(machine, undefined, 'withdraw', NOW), 'workflow.snapshot.invalid_type', ['snapshot']],
    [
      'transition: bad option',
      () => transition(machine, snapshot, 'withdraw', NOW, { notAllowed: 'skip' } as never),
      'workflow.invalid_option',
      ['options', 'notAllowed'],
    ],
    ['transition: now missing', () => transition(machine, snapshot, 'withdraw', undefined as never), 'workflow.invalid_instant', ['now']],
    ['allowedEvents: bad now', () => allowedEvents(machine, snapshot, { now: 'today' }), 'workflow.invalid_instant', ['options', 'now']],
    ['dueTimers: not a snapshot', () => dueTimers({}, NOW), 'workflow.snapshot.invalid_type', ['snapshot', 'definitionId']],
    ['dueTimers: bad now', () => dueTimers(snapshot, 'soon'), 'workflow.invalid_instant', ['now']],
    [
      'fireDueTimers: bad snapshot',
      () => fireDueTimers(machine, { ...snapshot, state: [] }, NOW),
      'workflow.snapshot.too_small',
      ['snapshot', 'state'],
    ],
    ['replay: history not a list', () => replay(machine, snapshot, { seq: 1 }), 'workflow.invalid_history', ['history']],
    [
      'replay: malformed entry',
      () => replay(machine, snapshot, [{ seq: 1, event: { type: 'withdraw' } }]),
      'workflow.history.invalid_type',
      ['history', 0, 'at'],
    ],
    ['parseSnapshot: not JSON text', () => parseSnapshot(machine, 'not json'), 'workflow.snapshot.invalid_json', ['snapshot']],
    [
      'loadSnapshot: migrations not a list',
      () => loadSnapshot(machine, snapshot, { migrations: {} as never }),
      'workflow.invalid_migration',
      ['migrations'],
    ],
    [
      'loadSnapshot: a registry beside a machine, which has its own',
      () => loadSnapshot(machine, snapshot, { registry, migrations: [] } as never),
      'workflow.invalid_option',
      ['options', 'registry'],
    ],
    [
      'loadSnapshot: an option it does not know',
      () => loadSnapshot(machine, snapshot, { migration: [] } as never),
      'workflow.invalid_option',
      ['options', 'migration'],
    ],
    [
      'toMermaid: current not a state path',
      () => toMermaid(blueBadge, { current: ['assessing'] }),
      'workflow.unknown_state',
      ['options', 'current'],
    ],
    ['toMermaid: not a definition', () => toMermaid({ id: 'x' }), 'workflow.definition.invalid_type', ['definition', 'version']],
    [
      'describeDefinition: bad snapshot',
      () => describeDefinition(blueBadge, { ...snapshot, seq: 'one' } as never),
      'workflow.snapshot.invalid_type',
      ['snapshot', 'seq'],
    ],
    // A registry left over from a 0.1 call is refused, not ignored along with the options after it.
    ['start: a registry beside a machine', () => start(machine, NOW, registry), 'workflow.invalid_option', ['registry']],
    [
      'transition: a registry and options beside a machine',
      () => transition(machine, snapshot, 'withdraw', NOW, registry, { notAllowed: 'ignore' }),
      'workflow.invalid_option',
      ['registry'],
    ],
    [
      'transition: an empty registry beside a machine',
      () => transition(machine, snapshot, 'withdraw', NOW, defineRegistry({})),
      'workflow.invalid_option',
      ['registry'],
    ],
    [
      'allowedEvents: a registry beside a machine',
      () => allowedEvents(machine, snapshot, registry),
      'workflow.invalid_option',
      ['registry'],
    ],
    [
      'fireDueTimers: a registry beside a machine',
      () => fireDueTimers(machine, snapshot, NOW, registry),
      'workflow.invalid_option',
      ['registry'],
    ],
    ['replay: a registry beside a machine', () => replay(machine, snapshot, [], registry), 'workflow.invalid_option', ['registry']],
    [
      'parseSnapshot: a registry beside a machine',
      () => parseSnapshot(machine, snapshot, registry),
      'workflow.invalid_option',
      ['registry'],
    ],
    [
      'loadSnapshot: a registry for options',
      () => loadSnapshot(machine, snapshot, registry as never),
      'workflow.invalid_option',
      ['registry'],
    ],
  ] as const)('%s', (_name, run, code, path) => {
    expect(failure(run)).toEqual({ code, path });
  });
});
