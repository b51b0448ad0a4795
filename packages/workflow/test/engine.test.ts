// The lean engine (no zod, no bank-holiday feed) runs exactly as the main entry does.
import { isCivicError, ValidationError } from '@civicbricks/core/errors';
import { build } from 'esbuild';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import * as engine from '../src/engine.js';
import {
  allowedEvents,
  createMachine,
  fireDueTimers,
  parseSnapshot,
  start,
  transition,
  ukWorkingDays,
  type WorkflowSnapshot,
} from '../src/index.js';
import { blueBadge, blueBadgeJson, registry } from './fixtures.js';
import { definitionArbitrary, eventFor, randomRegistry, randomStepsArbitrary } from './random-definitions.js';

const T0 = '2026-10-20T08:30:00Z';
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** What a call did: its result, or the code, path and message of the typed error it threw. */
function outcome(run: () => unknown): unknown {
  try {
    return { ok: run() };
  } catch (error) {
    if (!isCivicError(error)) throw error;
    const { code, path, message } = error;
    return { code, path, message, allowed: (error as { allowedEvents?: unknown }).allowedEvents };
  }
}

function codeOf(run: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const { code, path } = error as ValidationError;
    return { code, path };
  }
  throw new Error('expected a typed error');
}

describe('the engine against the main entry (property)', () => {
  it('gives the same snapshots, effects, records, refusals and allowed events over random definitions and journeys', () => {
    fc.assert(
      fc.property(definitionArbitrary, randomStepsArbitrary, (json, steps) => {
        const main = createMachine(json, randomRegistry);
        const machine = engine.createMachine(json, randomRegistry, { workingDays: ukWorkingDays });
        expect(machine.definition).toEqual(main.definition);
        const started = start(main, T0);
        expect(engine.start(machine, T0)).toEqual(started);
        let snapshot = started.snapshot;
        let mine = engine.start(machine, T0).snapshot;
        let now = Date.parse(T0);
        steps.forEach((step, index) => {
          expect(engine.allowedEvents(machine, mine)).toEqual(allowedEvents(main, snapshot));
          const next = eventFor(main, snapshot, step, now);
          if (!next) return;
          now = next.now;
          const at = new Date(now).toISOString();
          // Alternately the engine's own snapshot (recognised without a check) and a stored copy (checked in full).
          const given = index % 2 === 0 ? mine : roundTrip(mine);
          const expected = outcome(() => transition(main, snapshot, next.event, at));
          expect(outcome(() => engine.transition(machine, given, roundTrip(next.event), at))).toEqual(expected);
          const accepted = transition(main, snapshot, next.event, at, { notAllowed: 'ignore' });
          const mineAccepted = engine.transition(machine, given, next.event, at, { notAllowed: 'ignore' });
          expect(mineAccepted.accepted).toBe(accepted.accepted);
          if (accepted.accepted) [snapshot, mine] = [accepted.snapshot, mineAccepted.snapshot];
        });
        const later = new Date(now + 30 * 86_400_000).toISOString();
        expect(engine.fireDueTimers(machine, roundTrip(mine), later)).toEqual(fireDueTimers(main, snapshot, later));
      }),
      { numRuns: 150 },
    );
  });

  it('checks definitions by hand with the codes and paths that createMachine in the main entry (zod) reports', () => {
    const broken = structuredClone(blueBadgeJson) as unknown as { version: number; states: Record<string, Record<string, unknown>> };
    broken.version = 0;
    broken.states.submitted!.entyr = ['acknowledge'];
    broken.states.submitted!.on = { 'not valid!': { target: 'inReview' } };
    const issues = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as ValidationError).issues.map(({ code, path }) => ({ code, path }));
      }
      throw new Error('expected the definition to be refused');
    };
    const expected = issues(() => createMachine(broken, registry));
    expect(issues(() => engine.createMachine(broken, registry, { workingDays: ukWorkingDays }))).toEqual(expected);
    const unknownTarget = structuredClone(blueBadgeJson) as unknown as {
      states: { submitted: { on: { startReview: { target: string } } } };
    };
    unknownTarget.states.submitted.on.startReview.target = 'inReveiw';
    expect(issues(() => engine.createMachine(unknownTarget, registry, { workingDays: ukWorkingDays }))).toEqual(
      issues(() => createMachine(unknownTarget, registry)),
    );
  });
});

describe('the engine on its own', () => {
  const machine = engine.createMachine(blueBadgeJson, registry, { workingDays: ukWorkingDays });
  const snapshot = engine.start(machine, T0).snapshot;

  it('refuses a working-day timer when no working-day counter is given, and accepts definitions without one', () => {
    expect(codeOf(() => engine.createMachine(blueBadgeJson, registry))).toEqual({
      code: 'workflow.no_working_days',
      path: ['definition', 'states', 'inReview', 'states', 'awaitingEvidence', 'timers', 0, 'workingDays'],
    });
    const plain = engine.createMachine({ id: 'plain', version: 1, initial: 'a', states: { a: { on: { go: { target: 'b' } } }, b: {} } });
    expect(engine.transition(plain, engine.start(plain, T0).snapshot, 'go', T0).snapshot.state).toEqual(['b']);
  });

  it('runs context validators through their Standard Schema interface, refusing a step and changing nothing', () => {
    const reviewing = engine.transition(machine, snapshot, 'startReview', T0).snapshot;
    expect(() => engine.transition(machine, reviewing, { type: 'addNote', data: { note: 'x'.repeat(201) } }, T0)).toThrow(
      expect.objectContaining({ code: 'workflow.invalid_context.too_big', path: ['context', 'notes', 0] }),
    );
    expect(codeOf(() => engine.start(machine, T0, { context: { evidenceRequests: 'none' } }))).toEqual({
      code: 'workflow.invalid_context.invalid_type',
      path: ['context', 'evidenceRequests'],
    });
    // zod/mini without a locale says only "Invalid input": the engine's message names the field instead.
    expect(() => engine.start(machine, T0, { context: { evidenceRequests: 'none' } })).toThrow(
      expect.objectContaining({
        issues: expect.arrayContaining([
          expect.objectContaining({ message: '`context.evidenceRequests` is not valid (invalid_type)' }),
        ]) as unknown,
      }),
    );
  });

  it.each([
    [
      'a machine not from createMachine',
      () => engine.transition(blueBadge as never, snapshot, 'withdraw', T0),
      'workflow.invalid_machine',
      ['machine'],
    ],
    [
      'a snapshot that is missing',
      () => engine.transition(machine, undefined, 'withdraw', T0),
      'workflow.snapshot.invalid_type',
      ['snapshot'],
    ],
    [
      'a snapshot without states',
      () => engine.fireDueTimers(machine, { ...snapshot, state: [] }, T0),
      'workflow.snapshot.too_small',
      ['snapshot', 'state'],
    ],
    [
      'an event without a type',
      () => engine.transition(machine, snapshot, { kind: 'go' } as never, T0),
      'workflow.event.invalid_type',
      ['event', 'type'],
    ],
    [
      'an event type with spaces',
      () => engine.transition(machine, snapshot, 'start review', T0),
      'workflow.event.invalid_format',
      ['event', 'type'],
    ],
    [
      'event data that is not JSON',
      () => engine.transition(machine, snapshot, { type: 'withdraw', data: Number.NaN }, T0),
      'workflow.event.custom',
      ['event', 'data'],
    ],
    [
      'now without an offset',
      () => engine.transition(machine, snapshot, 'withdraw', '2026-12-18T10:00:00'),
      'workflow.invalid_instant',
      ['now'],
    ],
    [
      'an unknown option',
      () => engine.allowedEvents(machine, snapshot, { when: T0 } as never),
      'workflow.invalid_option',
      ['options', 'when'],
    ],
    [
      'options that are not { workingDays }',
      () => engine.createMachine(blueBadgeJson, registry, { workingDays: 10 } as never),
      'workflow.invalid_option',
      ['options'],
    ],
    ['a definition that is not an object', () => engine.createMachine('nope'), 'workflow.definition.invalid_type', ['definition']],
    ['options that are null', () => engine.createMachine(blueBadgeJson, registry, null as never), 'workflow.invalid_option', ['options']],
    [
      'an option createMachine does not know',
      () => engine.createMachine(blueBadgeJson, registry, { workingDays: ukWorkingDays, calendar: {} } as never),
      'workflow.invalid_option',
      ['options', 'calendar'],
    ],
  ] as const)('refuses %s with a typed error at its path', (_name, run, code, path) => {
    expect(codeOf(run)).toEqual({ code, path });
  });

  it('restores a stored snapshot with parseSnapshot, with the answers and codes of the main entry', () => {
    const main = createMachine(blueBadgeJson, registry);
    const reviewing = engine.transition(machine, snapshot, 'startReview', T0).snapshot;
    const stored = JSON.stringify(reviewing);
    expect(engine.parseSnapshot(machine, stored)).toEqual(parseSnapshot(main, stored));
    expect(engine.parseSnapshot(machine, JSON.parse(stored))).toEqual(reviewing);
    const broken: unknown[] = [
      '{"definitionId":',
      { ...reviewing, state: ['inReview', 'nowhere'] },
      { ...reviewing, definitionVersion: 2 },
      { ...reviewing, seq: -1 },
      { ...reviewing, timers: [{ id: 'evidenceDeadline', state: 'submitted', deadline: reviewing.updatedAt }] },
      { ...reviewing, context: { evidenceRequests: 'many' } },
    ];
    for (const input of broken)
      expect(codeOf(() => engine.parseSnapshot(machine, input))).toEqual(codeOf(() => parseSnapshot(main, input)));
  });

  it('runs machines made by either entry with the functions of both', () => {
    const main = createMachine(blueBadgeJson, registry);
    const reviewing = start(machine, T0).snapshot;
    expect(engine.transition(main, reviewing, 'startReview', T0)).toEqual(transition(machine, reviewing, 'startReview', T0));
    expect(engine.allowedEvents(main, reviewing)).toEqual(allowedEvents(machine, reviewing));
  });

  it('never bundles zod or the bank-holiday feed (its division list comes from core without them)', async () => {
    const result = await build({
      entryPoints: [new URL('../src/engine.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['source'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => /zod|bank-holidays|validation|working-days[\\/]calendar/.test(input))).toEqual([]);
    expect(inputs.some((input) => input.endsWith('working-days/divisions.ts'))).toBe(true);
    expect(inputs.some((input) => input.endsWith('src/run.ts'))).toBe(true);
  });
});

describe('snapshots the engine recognises without checking them again', () => {
  const machine = engine.createMachine(blueBadgeJson, registry, { workingDays: ukWorkingDays });
  const submitted = engine.start(machine, T0).snapshot;
  const reviewing = engine.transition(machine, submitted, 'startReview', T0).snapshot;

  it('are the ones it returned, deeply frozen; a copy is checked and behaves the same', () => {
    expect(Object.isFrozen(reviewing.timers[0])).toBe(true);
    expect(Object.isFrozen(reviewing.state)).toBe(true);
    const later = '2026-10-21T08:30:00Z';
    expect(engine.transition(machine, roundTrip(reviewing), 'evidenceReceived', later)).toEqual(
      engine.transition(machine, reviewing, 'evidenceReceived', later),
    );
    // A refused event hands back the very snapshot it was given.
    expect(engine.transition(machine, reviewing, 'startReview', later, { notAllowed: 'ignore' }).snapshot).toBe(reviewing);
  });

  it('do not include a frozen snapshot put together from the parts of others', () => {
    // Timers of "submitted", with the state of "inReview": checked in full, and refused.
    const forged = Object.freeze({ ...reviewing, timers: submitted.timers }) as WorkflowSnapshot;
    expect(codeOf(() => engine.transition(machine, forged, 'withdraw', T0))).toEqual({
      code: 'workflow.unknown_timer',
      path: ['snapshot', 'timers', 0],
    });
    const extra = Object.freeze({ ...reviewing, note: 'hello' });
    expect(codeOf(() => engine.transition(machine, extra, 'withdraw', T0))).toEqual({
      code: 'workflow.snapshot.unrecognized_keys',
      path: ['snapshot'],
    });
    const wrongStatus = Object.freeze({ ...reviewing, status: 'done' });
    expect(codeOf(() => engine.transition(machine, wrongStatus, 'withdraw', T0))).toEqual({
      code: 'workflow.inconsistent_status',
      path: ['snapshot', 'status'],
    });
  });

  it('are checked again by a machine with another context validator', () => {
    const strict = engine.createMachine(
      blueBadgeJson,
      engine.defineRegistry({ ...registry, contextValidators: { blueBadge: z.object({ evidenceRequests: z.int().check(z.maximum(0)) }) } }),
      { workingDays: ukWorkingDays },
    );
    expect(codeOf(() => engine.transition(strict, reviewing, 'withdraw', T0))).toEqual({
      code: 'workflow.invalid_context.too_big',
      path: ['snapshot', 'context', 'evidenceRequests'],
    });
  });
});
