/**
 * The query part of the conformance suite (`find`, `ensureIndexes`,
 * `getMany`): run by `runStorageConformance` for every adapter, so memory,
 * PGlite and PostgreSQL must give the same pages, in the same order, with the
 * same totals. Expected answers are written out by hand, and a fixed-seed
 * battery of random queries is checked against a plain evaluation written here
 * (not the adapters' own code).
 */
import { ValidationError } from '@civicbricks/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CollectionIndexes, FieldCondition, FindQuery, Store } from '../src/index.js';
import { seededRandom } from './support/random.js';

type Make = () => Promise<Store>;

const Item = z.looseObject({ ref: z.string() });

const indexes: CollectionIndexes = {
  fields: {
    ref: 'text',
    status: 'text',
    due: 'text',
    score: 'number',
    urgent: 'boolean',
    'lead.userId': 'text',
    'sla.0.due': 'text',
    teams: 'text-list',
    name: 'text',
  },
  compound: [
    ['status', 'due'],
    ['status', 'score'],
  ],
};

interface Row {
  readonly ref: string;
  readonly status?: unknown;
  readonly due?: unknown;
  readonly score?: unknown;
  readonly urgent?: unknown;
  readonly lead?: unknown;
  readonly sla?: unknown;
  readonly teams?: unknown;
  readonly name?: unknown;
}

/** Hand-made rows: missing values, values of the wrong type, accents, an astral character, ties. */
const handRows: readonly Row[] = [
  {
    ref: 'r01',
    status: 'open',
    due: '2030-03-10',
    score: 5,
    urgent: true,
    lead: { userId: 'u1' },
    sla: [{ due: '2030-03-10' }],
    teams: ['north'],
    name: 'jones sam',
  },
  {
    ref: 'r02',
    status: 'open',
    due: '2030-03-08',
    score: 2.5,
    urgent: false,
    lead: { userId: 'u2' },
    teams: ['north', 'south'],
    name: 'jonas amy',
  },
  { ref: 'r03', status: 'closed', due: '2030-03-09', score: -1, urgent: false, sla: [{ due: '2030-03-01' }], teams: [], name: 'ó neill' },
  { ref: 'r04', status: 'open', score: 5, lead: null, teams: ['south'], name: 'jones_x' },
  { ref: 'r05', status: 'open', due: '2030-03-08', score: '7', urgent: 'yes', teams: 'north', name: 'jones%' },
  { ref: 'r06', status: 'Open', due: '2030-03-11', score: 10, urgent: true, teams: ['east'], name: 'Zed' },
  { ref: 'r07', status: 'open', due: 20300312, score: 0, urgent: true, lead: { userId: 'u1' }, teams: ['north', 7], name: '😀 smile' },
  { ref: 'r08', due: '2030-03-07', score: 1, name: 'ｚ wide' },
];

async function seed(store: Store, rows: readonly Row[]) {
  const items = store.collection('q.item', Item, { indexes });
  for (const row of rows) await items.insert({ ...row }, { id: row.ref });
  // Another collection with the same fields must never leak into the answers.
  const other = store.collection('q.other', Item, { indexes });
  await other.insert({ ref: 'x01', status: 'open', due: '2030-03-08', teams: ['north'] }, { id: 'x01' });
  return items;
}

const refs = (page: { readonly items: readonly { readonly id: string }[] }) => page.items.map((item) => item.id);

async function rejection(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}

// The plain evaluation the random battery is checked against.
function read(row: Row, field: string): unknown {
  let value: unknown = row;
  for (const step of field.split('.')) {
    if (Array.isArray(value)) value = /^\d+$/.test(step) ? value[Number(step)] : undefined;
    else if (value !== null && typeof value === 'object') value = (value as Record<string, unknown>)[step];
    else value = undefined;
  }
  const type = indexes.fields[field];
  if (type === 'text-list') return Array.isArray(value) ? value : undefined;
  const want = type === 'text' ? 'string' : type;
  return typeof value === want ? value : undefined;
}

function byCodePoint(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0) ?? 0);
  const y = [...b].map((c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return x.length - y.length;
}

function cmp(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return byCodePoint(a, b);
  return Number(a) - Number(b);
}

function holds(row: Row, field: string, condition: FieldCondition): boolean {
  const value = read(row, field);
  const ops = typeof condition === 'object' ? condition : { eq: condition };
  return Object.entries(ops).every(([op, arg]) => {
    if (op === 'exists') return (value !== undefined) === arg;
    if (value === undefined) return false;
    if (op === 'has') return (value as unknown[]).includes(arg);
    if (op === 'hasAny') return (arg as unknown[]).some((entry) => (value as unknown[]).includes(entry));
    if (op === 'eq') return value === arg;
    if (op === 'in') return (arg as unknown[]).includes(value);
    if (op === 'prefix') return (value as string).startsWith(arg as string);
    const order = cmp(value, arg);
    return op === 'gt' ? order > 0 : op === 'gte' ? order >= 0 : op === 'lt' ? order < 0 : order <= 0;
  });
}

function evaluate(rows: readonly Row[], query: FindQuery): { refs: string[]; total: number } {
  const matching = rows.filter((row) => Object.entries(query.where ?? {}).every(([field, condition]) => holds(row, field, condition)));
  const keys = query.sort ?? [];
  matching.sort((a, b) => {
    for (const key of keys) {
      const x = read(a, key.field);
      const y = read(b, key.field);
      const order = x === undefined ? (y === undefined ? 0 : 1) : y === undefined ? -1 : cmp(x, y);
      if (order !== 0) return key.direction === 'desc' ? -order : order;
    }
    const order = byCodePoint(a.ref, b.ref);
    return keys.at(-1)?.direction === 'desc' ? -order : order;
  });
  const size = query.pageSize ?? 25;
  const start = ((query.page ?? 1) - 1) * size;
  return { refs: matching.slice(start, start + size).map((row) => row.ref), total: matching.length };
}

/** Registers the query conformance tests for one adapter (inside `runStorageConformance`). */
export function runQueryConformance(make: Make): void {
  describe('queries on declared indexes', () => {
    it('filters by equality, in, ranges and prefix, and counts every match', async () => {
      const items = await seed(await make(), handRows);
      const open = await items.find({ where: { status: 'open' }, sort: [{ field: 'due' }] });
      // r04 has no due date, r07's is a number: both count as missing and sort last.
      expect(refs(open)).toEqual(['r02', 'r05', 'r01', 'r04', 'r07']);
      expect(open).toMatchObject({ total: 5, page: 1, pageSize: 25, pageCount: 1 });
      expect(refs(await items.find({ where: { status: { in: ['closed', 'Open'] } } }))).toEqual(['r03', 'r06']);
      expect(refs(await items.find({ where: { due: { gte: '2030-03-08', lt: '2030-03-10' } } }))).toEqual(['r02', 'r03', 'r05']);
      expect(refs(await items.find({ where: { score: { gt: 0, lte: 5 } }, sort: [{ field: 'score' }] }))).toEqual([
        'r08',
        'r02',
        'r01',
        'r04',
      ]);
      expect(refs(await items.find({ where: { score: 5 } }))).toEqual(['r01', 'r04']);
      expect(refs(await items.find({ where: { urgent: true } }))).toEqual(['r01', 'r06', 'r07']);
      expect(refs(await items.find({ where: { urgent: { exists: false } } }))).toEqual(['r04', 'r05', 'r08']);
      // LIKE's wildcards in a prefix are only characters.
      expect(refs(await items.find({ where: { name: { prefix: 'jon' } } }))).toEqual(['r01', 'r02', 'r04', 'r05']);
      expect(refs(await items.find({ where: { name: { prefix: 'jones_' } } }))).toEqual(['r04']);
      expect(refs(await items.find({ where: { name: { prefix: 'jones%' } } }))).toEqual(['r05']);
      expect(refs(await items.find({ where: { name: { prefix: 'ó' } } }))).toEqual(['r03']);
      expect(refs(await items.find({ where: { 'lead.userId': 'u1', 'sla.0.due': { exists: true } } }))).toEqual(['r01']);
      expect(refs(await items.find({ where: { 'lead.userId': { exists: false } } }))).toEqual(['r03', 'r04', 'r05', 'r06', 'r08']);
      expect(refs(await items.find({ where: { 'sla.0.due': { lt: '2030-03-05' } } }))).toEqual(['r03']);
    });

    it('asks lists whether they hold a text', async () => {
      const items = await seed(await make(), handRows);
      expect(refs(await items.find({ where: { teams: { has: 'north' } } }))).toEqual(['r01', 'r02', 'r07']);
      expect(refs(await items.find({ where: { teams: { hasAny: ['south', 'east'] } } }))).toEqual(['r02', 'r04', 'r06']);
      // r05's `teams` is a string, r08 has none: neither is a list.
      expect(refs(await items.find({ where: { teams: { exists: false } } }))).toEqual(['r05', 'r08']);
      expect(
        refs(await items.find({ where: { teams: { has: 'north' }, status: 'open' }, sort: [{ field: 'score', direction: 'desc' }] })),
      ).toEqual(['r01', 'r02', 'r07']);
    });

    it('sorts text in code-point order, missing values as the greatest, ties by id in the last key’s direction', async () => {
      const items = await seed(await make(), handRows);
      // 'ｚ' (U+FF5A) before '😀' (U+1F600), though UTF-16 puts the emoji's surrogates first.
      expect(refs(await items.find({ sort: [{ field: 'name' }] }))).toEqual(['r06', 'r02', 'r01', 'r05', 'r04', 'r03', 'r08', 'r07']);
      const down = await items.find({ sort: [{ field: 'due', direction: 'desc' }] });
      expect(refs(down)).toEqual(['r07', 'r04', 'r06', 'r01', 'r03', 'r05', 'r02', 'r08']);
      const tied = await items.find({ where: { score: 5 }, sort: [{ field: 'score', direction: 'desc' }] });
      expect(refs(tied)).toEqual(['r04', 'r01']);
      expect(refs(await items.find({ sort: [{ field: 'status' }, { field: 'score', direction: 'desc' }] }))).toEqual([
        'r06',
        'r03',
        'r05',
        'r04',
        'r01',
        'r02',
        'r07',
        'r08',
      ]);
      expect(refs(await items.find())).toEqual(['r01', 'r02', 'r03', 'r04', 'r05', 'r06', 'r07', 'r08']);
    });

    it('pages by number with the total on every page, and an empty page past the end', async () => {
      const items = await seed(await make(), handRows);
      const query = { sort: [{ field: 'ref' }], pageSize: 3 } as const;
      const pages = await Promise.all([1, 2, 3, 4].map((page) => items.find({ ...query, page })));
      expect(pages.map(refs)).toEqual([['r01', 'r02', 'r03'], ['r04', 'r05', 'r06'], ['r07', 'r08'], []]);
      expect(pages.map((page) => [page.page, page.total, page.pageCount])).toEqual([
        [1, 8, 3],
        [2, 8, 3],
        [3, 8, 3],
        [4, 8, 3],
      ]);
      expect(await items.find({ where: { status: 'nobody' } })).toMatchObject({ items: [], total: 0, pageCount: 1 });
    });

    it('refuses fields that are not indexed and operators or values a field’s type has not got, naming the field', async () => {
      const items = await seed(await make(), handRows);
      const unindexed = await rejection(items.find({ where: { 'applicant.name': 'Ada' } }));
      expect(unindexed.code).toBe('storage.query.unindexed_field');
      expect(unindexed.path).toEqual(['where', 'applicant.name']);
      expect(unindexed.message).toContain('`applicant.name` is not an indexed field of q.item');
      expect((await rejection(items.find({ sort: [{ field: 'reference' }] }))).issues[0]).toMatchObject({
        code: 'storage.query.unindexed_field',
        path: ['sort', 0, 'field'],
      });
      expect((await rejection(items.find({ where: { score: { prefix: '1' } } }))).issues[0]).toMatchObject({
        code: 'storage.query.operator',
        path: ['where', 'score', 'prefix'],
      });
      expect((await rejection(items.find({ where: { score: '5' } }))).code).toBe('storage.query.value_type');
      expect((await rejection(items.find({ where: { status: { in: ['open', 3] } } }))).code).toBe('storage.query.value_type');
      expect((await rejection(items.find({ sort: [{ field: 'teams' }] }))).code).toBe('storage.query.unsortable_field');
      expect((await rejection(items.find({ pageSize: 501 }))).path).toEqual(['pageSize']);
      expect((await rejection(items.find({ where: { status: {} } }))).path).toEqual(['where', 'status']);
      const plain = (await make()).collection('q.item', Item);
      expect((await rejection(plain.find({ where: { status: 'open' } }))).code).toBe('storage.query.unindexed_field');
      expect((await rejection(plain.ensureIndexes())).code).toBe('storage.indexes.none_declared');
    });

    it('checks declarations: paths, and compound indexes of declared, orderable fields', async () => {
      const store = await make();
      const bad = (declaration: CollectionIndexes) => {
        try {
          store.collection('q.bad', Item, { indexes: declaration });
        } catch (error) {
          return error as ValidationError;
        }
        throw new Error('expected the declaration to be refused');
      };
      expect(bad({ fields: { 'a..b': 'text' } }).path).toEqual(['fields', 'a..b']);
      expect(bad({ fields: { a: 'date' as never } }).path).toEqual(['fields', 'a']);
      expect(bad({ fields: { a: 'text' }, compound: [['a', 'b']] }).issues[0]).toMatchObject({
        code: 'storage.indexes.unknown_field',
        path: ['compound', 0, 1],
      });
      expect(bad({ fields: { a: 'text', l: 'text-list' }, compound: [['a', 'l']] }).code).toBe('storage.indexes.list_in_compound');
    });

    it('creates the declared indexes once; querying works before and after', async () => {
      const store = await make();
      const items = await seed(store, handRows);
      const before = await items.find({ where: { status: 'open' }, sort: [{ field: 'due' }] });
      const first = await items.ensureIndexes();
      // One per declared field and one per compound index.
      expect(first.created).toHaveLength(Object.keys(indexes.fields).length + (indexes.compound?.length ?? 0));
      expect(new Set(first.created).size).toBe(first.created.length);
      expect((await items.ensureIndexes()).created).toEqual([]);
      // The same fields on another collection are other indexes.
      expect((await store.collection('q.other', Item, { indexes }).ensureIndexes()).created).toHaveLength(first.created.length);
      expect(refs(await items.find({ where: { status: 'open' }, sort: [{ field: 'due' }] }))).toEqual(refs(before));
      await items.insert({ ref: 'r09', status: 'open', due: '2030-03-01' }, { id: 'r09' });
      expect(refs(await items.find({ where: { status: 'open' }, sort: [{ field: 'due' }], pageSize: 1 }))).toEqual(['r09']);
    });

    it('reads many records by id, in the order asked, leaving out missing ones and other collections’', async () => {
      const items = await seed(await make(), handRows);
      expect((await items.getMany(['r03', 'nope', 'r01', 'x01', 'r03'])).map((record) => record.data.ref)).toEqual(['r03', 'r01']);
      expect(await items.getMany([])).toEqual([]);
      expect((await rejection(items.getMany(['bad id']))).path).toEqual(['ids', 0]);
    });

    it('gives the same pages as a plain evaluation for a fixed battery of random queries', async () => {
      const next = seededRandom(20301214);
      const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
      const rows: Row[] = [];
      const texts = ['a', 'ab', 'abc', 'b', 'B', 'é', 'e', 'z', '😀', 'ａ'];
      for (let i = 0; i < 60; i += 1) {
        const row: Record<string, unknown> = { ref: `g${String(i).padStart(2, '0')}` };
        if (next() < 0.85) row['status'] = pick(['open', 'closed', 'waiting', 7]);
        if (next() < 0.8) row['due'] = `2030-0${1 + Math.floor(next() * 3)}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
        if (next() < 0.8) row['score'] = pick([0, 1, 2, 2.5, -3, 10, 1e6, '4']);
        if (next() < 0.7) row['urgent'] = pick([true, false, 'true']);
        if (next() < 0.6) row['lead'] = next() < 0.9 ? { userId: pick(['u1', 'u2', 'u3']) } : null;
        if (next() < 0.6) row['sla'] = [{ due: `2030-02-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}` }];
        if (next() < 0.8) row['teams'] = texts.filter(() => next() < 0.2);
        if (next() < 0.9) row['name'] = `${pick(texts)}${pick(texts)}`;
        rows.push(row as unknown as Row);
      }
      const items = await seed(await make(), rows);
      await items.ensureIndexes();
      const conditions: readonly (() => [string, FieldCondition])[] = [
        () => ['status', pick(['open', 'closed', 'waiting'])],
        () => ['status', { in: ['open', 'waiting'] }],
        () => ['status', { exists: next() < 0.5 }],
        () => ['due', { gte: `2030-0${1 + Math.floor(next() * 3)}-10` }],
        () => ['due', { lt: '2030-02-15', gt: '2030-01-05' }],
        () => ['score', { gte: pick([0, 1, 2.5]) }],
        () => ['score', { in: [2, 10, 1e6] }],
        () => ['urgent', next() < 0.5],
        () => ['lead.userId', { in: ['u1', 'u3'] }],
        () => ['lead.userId', { exists: false }],
        () => ['sla.0.due', { lte: '2030-02-14' }],
        () => ['teams', { has: pick(texts) }],
        () => ['teams', { hasAny: [pick(texts), pick(texts)] }],
        () => ['name', { prefix: pick(texts) }],
        () => ['name', { gte: pick(texts) }],
      ];
      const sortable = ['status', 'due', 'score', 'urgent', 'lead.userId', 'sla.0.due', 'name', 'ref'];
      for (let run = 0; run < 40; run += 1) {
        const where: Record<string, FieldCondition> = {};
        const count = Math.floor(next() * 3);
        for (let c = 0; c < count; c += 1) {
          const [field, condition] = pick(conditions)();
          where[field] = condition;
        }
        const sort = Array.from({ length: Math.floor(next() * 3) }, () => ({
          field: pick(sortable),
          direction: pick(['asc', 'desc'] as const),
        }));
        const query: FindQuery = { where, sort, pageSize: pick([5, 10, 25]), page: pick([1, 1, 2, 3]) };
        const page = await items.find(query);
        expect({ query, refs: refs(page), total: page.total }).toEqual({ query, ...evaluate(rows, query) });
      }
    });
  });
}
