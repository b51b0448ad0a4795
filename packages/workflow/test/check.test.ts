// The hand-written shape checks of the lean engine agree with the zod schemas of the main entry.
import fc from 'fast-check';
import { safeParse } from 'zod/v4/core';
import type { $ZodType } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';
import { definitionShape, EVENT_SHAPE, shapeIssues, SNAPSHOT_SHAPE, type Check } from '../src/check.js';
import { createMachine, start, WorkflowDefinitionSchema, WorkflowEventSchema, WorkflowSnapshotSchema } from '../src/index.js';
import { definitionArbitrary, randomRegistry } from './random-definitions.js';

type Json = unknown;

/** Every place in a JSON value: the path to each object and list, and to each of their entries. */
function places(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const found = [path];
  if (Array.isArray(value)) value.forEach((entry, index) => found.push(...places(entry, [...path, index])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, entry] of Object.entries(value)) found.push(...places(entry, [...path, key]));
  return found;
}

const junk = fc
  .constantFrom<unknown>(
    undefined,
    null,
    true,
    0,
    -1,
    1.5,
    5000,
    Number.NaN,
    '',
    'x'.repeat(501),
    'bad name!',
    'has.dot',
    'final',
    'scotland',
    'P1D',
    '17:00',
    '25:00',
    '2026-12-18T10:00:00.000Z',
    [],
    [{}],
    ['ok'],
    {},
    { name: 'ok' },
    { name: 'ok', params: [] },
    { target: 'ok' },
    new Date(0),
  )
  .map((value) => (typeof value === 'object' && value !== null ? structuredClone(value) : value));
const newKey = fc.constantFrom('extra', 'target', 'guard', 'type', 'title', 'bad key!', 'name', 'states', 'on', 'timers', 'params');

type Mutation =
  { kind: 'set'; at: number; value: unknown } | { kind: 'delete'; at: number } | { kind: 'add'; at: number; key: string; value: unknown };

const mutationArbitrary: fc.Arbitrary<Mutation[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: junk }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: newKey, value: junk }),
  ),
  { minLength: 1, maxLength: 3 },
);

const cloneJunk = (value: unknown): unknown => (typeof value === 'object' && value !== null ? structuredClone(value) : value);

/** A copy of `value` with the mutations applied, each at a place picked among those there are. */
function mutate(value: Json, mutations: readonly Mutation[]): Json {
  let copy = structuredClone(value);
  for (const mutation of mutations) {
    const all = places(copy);
    const path = all[mutation.at % all.length]!;
    // A fresh copy of the junk each time: fast-check can hand the same object to two mutations, and adding
    // an object inside itself would make a cycle no JSON document can have.
    const junkValue = 'value' in mutation ? cloneJunk(mutation.value) : undefined;
    if (path.length === 0) {
      if (mutation.kind === 'set') copy = junkValue;
      continue;
    }
    const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], copy) as Record<
      string | number,
      Json
    >;
    const key = path[path.length - 1]!;
    if (mutation.kind === 'set') parent[key] = junkValue;
    else if (mutation.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(parent, key);
    } else if (typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key]))
      (parent[key] as Record<string, Json>)[mutation.key] = junkValue;
  }
  return copy;
}

const byZod = (schema: $ZodType, value: unknown) => {
  const result = safeParse(schema, value);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        code: issue.code,
        path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
      }));
};
const byHand = (shape: Check, value: unknown) =>
  shapeIssues(shape, value, [], 'x').map(({ code, path }) => ({ code: code.slice(2), path }));

/**
 * Both accept, or both refuse, and every problem found by hand is one zod reports, with
 * its code and path. (zod sometimes adds a second opinion on the same field: a list given
 * for a name is "not a string" and also "too short".)
 */
function agree(schema: $ZodType, shape: Check, value: unknown): void {
  const expected = byZod(schema, value).map((issue) => JSON.stringify(issue));
  const found = byHand(shape, value).map((issue) => JSON.stringify(issue));
  expect(found.length === 0).toBe(expected.length === 0);
  for (const issue of found) expect(expected).toContain(issue);
}

describe('hand-written shapes agree with the zod schemas (property)', () => {
  it('on random valid definitions, and on those definitions broken in random places', () => {
    const shape = definitionShape();
    fc.assert(
      fc.property(definitionArbitrary, mutationArbitrary, (json, mutations) => {
        expect(byHand(shape, json)).toEqual([]);
        agree(WorkflowDefinitionSchema, shape, mutate(json, mutations));
      }),
      { numRuns: 500, seed: 20_261_208 },
    );
  });

  it('on snapshots and events, whole and broken in random places', () => {
    fc.assert(
      fc.property(definitionArbitrary, mutationArbitrary, fc.nat(), (json, mutations, pick) => {
        const { snapshot } = start(createMachine(json, randomRegistry), '2026-10-20T08:30:00Z');
        const plain = JSON.parse(JSON.stringify(snapshot)) as unknown;
        agree(WorkflowSnapshotSchema, SNAPSHOT_SHAPE, plain);
        agree(WorkflowSnapshotSchema, SNAPSHOT_SHAPE, mutate(plain, mutations));
        const events = [{ type: 'go' }, { type: 'timer', timer: 't0' }, { type: 'payment.done', data: { amount: 5, tags: ['a'] } }];
        const event = events[pick % events.length];
        agree(WorkflowEventSchema, EVENT_SHAPE, event);
        agree(WorkflowEventSchema, EVENT_SHAPE, mutate(event, mutations));
      }),
      { numRuns: 300, seed: 20_261_208 },
    );
  });
});
