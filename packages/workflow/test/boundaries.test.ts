// Every public entry point refuses bad input with a typed error that names the problem and where it is.
import { isCivicError, ValidationError } from '@civicbricks/core/errors';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
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
import { blueBadge, registry } from './fixtures.js';

const NOW = '2026-12-18T10:00:00Z';
const snapshot = start(blueBadge, NOW, registry).snapshot;

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
    ['parseDefinition: not an object', () => parseDefinition('nope'), 'workflow.definition.invalid_type', ['definition']],
    [
      'parseDefinition: registry entry not a function',
      () => parseDefinition(blueBadge, { guards: { x: 1 } } as never),
      'workflow.invalid_registry',
      ['registry', 'guards', 'x'],
    ],
    ['defineRegistry: unknown group', () => defineRegistry({ guard: {} } as never), 'workflow.invalid_registry', ['registry', 'guard']],
    [
      'defineRegistry: validator that is not a schema',
      () => defineRegistry({ contextValidators: { c: () => true } } as never),
      'workflow.invalid_registry',
      ['registry', 'contextValidators', 'c'],
    ],
    ['start: now without an offset', () => start(blueBadge, '2026-12-18T10:00:00', registry), 'workflow.invalid_instant', ['now']],
    ['start: now not a date', () => start(blueBadge, '2026-02-30T10:00:00Z', registry), 'workflow.invalid_instant', ['now']],
    [
      'start: context not JSON',
      () => start(blueBadge, NOW, registry, { context: { at: new Date() } as never }),
      'workflow.invalid_context',
      ['options', 'context'],
    ],
    [
      'start: unknown option',
      () => start(blueBadge, NOW, registry, { contxt: {} } as never),
      'workflow.invalid_option',
      ['options', 'contxt'],
    ],
    [
      'transition: event without a type',
      () => transition(blueBadge, snapshot, { kind: 'go' } as never, NOW, registry),
      'workflow.event.invalid_type',
      ['event', 'type'],
    ],
    [
      'transition: event type with spaces',
      () => transition(blueBadge, snapshot, 'start review', NOW, registry),
      'workflow.event.invalid_format',
      ['event', 'type'],
    ],
    [
      'transition: data not JSON',
      () => transition(blueBadge, snapshot, { type: 'withdraw', data: Number.NaN }, NOW, registry),
      'workflow.event.custom',
      ['event', 'data'],
    ],
    [
      'transition: timer event without a timer',
      () => transition(blueBadge, snapshot, 'timer', NOW, registry),
      'workflow.event.missing_timer',
      ['event', 'timer'],
    ],
    [
      'transition: snapshot missing',
      () => transition(blueBadge, undefined, 'withdraw', NOW, registry),
      'workflow.snapshot.invalid_type',
      ['snapshot'],
    ],
    [
      'transition: bad option',
      () => transition(blueBadge, snapshot, 'withdraw', NOW, registry, { notAllowed: 'skip' } as never),
      'workflow.invalid_option',
      ['options', 'notAllowed'],
    ],
    [
      'transition: now missing',
      () => transition(blueBadge, snapshot, 'withdraw', undefined as never, registry),
      'workflow.invalid_instant',
      ['now'],
    ],
    [
      'allowedEvents: bad now',
      () => allowedEvents(blueBadge, snapshot, registry, { now: 'today' }),
      'workflow.invalid_instant',
      ['options', 'now'],
    ],
    ['dueTimers: not a snapshot', () => dueTimers({}, NOW), 'workflow.snapshot.invalid_type', ['snapshot', 'definitionId']],
    ['dueTimers: bad now', () => dueTimers(snapshot, 'soon'), 'workflow.invalid_instant', ['now']],
    [
      'fireDueTimers: bad snapshot',
      () => fireDueTimers(blueBadge, { ...snapshot, state: [] }, NOW, registry),
      'workflow.snapshot.too_small',
      ['snapshot', 'state'],
    ],
    ['replay: history not a list', () => replay(blueBadge, snapshot, { seq: 1 }, registry), 'workflow.invalid_history', ['history']],
    [
      'replay: malformed entry',
      () => replay(blueBadge, snapshot, [{ seq: 1, event: { type: 'withdraw' } }], registry),
      'workflow.history.invalid_type',
      ['history', 0, 'at'],
    ],
    ['parseSnapshot: not JSON text', () => parseSnapshot(blueBadge, 'not json', registry), 'workflow.snapshot.invalid_json', ['snapshot']],
    [
      'loadSnapshot: migrations not a list',
      () => loadSnapshot(blueBadge, snapshot, { registry, migrations: {} as never }),
      'workflow.invalid_migration',
      ['migrations'],
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
  ] as const)('%s', (_name, run, code, path) => {
    expect(failure(run)).toEqual({ code, path });
  });
});
