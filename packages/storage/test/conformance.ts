/**
 * The storage conformance suite: the behaviour every adapter must show.
 * `runStorageConformance(name, createStore)` registers it for one adapter; the
 * factory must return a fresh, empty, isolated store each time.
 */
import { type CivicError, ConflictError, NotFoundError, ValidationError } from '@civicbricks/core';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runQueryConformance } from './query-conformance.js';
import { createOutboxWorker, outboxBackoffDelay, type BrickMigrations, type OutboxDelivery, type Store } from '../src/index.js';
import { rejection } from '../../../tests/support/rejection.js';

/** Makes a fresh, empty store for one test. */
export type ConformanceStoreFactory = (options: {
  readonly clock?: () => Date;
  readonly migrations?: readonly BrickMigrations[];
}) => Promise<Store>;

/** A clock tests move by hand. */
export function manualClock(start = Date.parse('2030-03-04T09:00:00.000Z')): {
  clock: () => Date;
  advance(ms: number): void;
  now(): number;
} {
  let now = start;
  return {
    clock: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    now: () => now,
  };
}

const caseSchema = z.object({
  reference: z.string().min(3),
  status: z.enum(['open', 'closed']),
  priority: z.number().int().default(3),
  applicant: z.object({ name: z.string(), postcode: z.string().regex(/^[A-Z]{1,2}\d/, 'Enter a real postcode') }),
  tags: z.array(z.string()).optional(),
});

const sample = (reference: string, status: 'open' | 'closed' = 'open') => ({
  reference,
  status,
  applicant: { name: 'Ada Lovelace', postcode: 'SW1A 1AA' },
});

/** Registers the conformance suite for one adapter. */
export function runStorageConformance(name: string, createStore: ConformanceStoreFactory): void {
  describe(`storage conformance: ${name}`, () => {
    const open: Store[] = [];
    const make = async (options: Parameters<ConformanceStoreFactory>[0] = {}): Promise<Store> => {
      const store = await createStore(options);
      open.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((store) => store.close()));
    });

    describe('records', () => {
      it('inserts a record at version 1 and reads it back', async () => {
        const time = manualClock();
        const store = await make({ clock: time.clock });
        const cases = store.collection('cases.case', caseSchema);
        const inserted = await cases.insert(sample('CB-001'));
        expect(inserted.version).toBe(1);
        expect(inserted.createdAt).toBe('2030-03-04T09:00:00.000Z');
        expect(inserted.updatedAt).toBe(inserted.createdAt);
        expect(inserted.data).toEqual({ ...sample('CB-001'), priority: 3 });
        const read = await cases.get(inserted.id);
        expect(read).toEqual(inserted);
        expect(await cases.require(inserted.id)).toEqual(inserted);
      });

      it('generates distinct ids and accepts a caller-chosen id', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        const a = await cases.insert(sample('CB-001'));
        const b = await cases.insert(sample('CB-002'));
        expect(a.id).not.toBe(b.id);
        const chosen = await cases.insert(sample('CB-003'), { id: 'CB-003' });
        expect(chosen.id).toBe('CB-003');
        expect((await cases.get('CB-003'))?.data.reference).toBe('CB-003');
      });

      it('refuses a second record with the same id, but the same id may live in another collection', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        await cases.insert(sample('CB-001'), { id: 'same' });
        const error = await rejection(cases.insert(sample('CB-999'), { id: 'same' }));
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).code).toBe('storage.record_exists');
        expect((await cases.get('same'))?.data.reference).toBe('CB-001');
        const other = store.collection('other.thing', z.object({ n: z.number() }));
        expect((await other.insert({ n: 1 }, { id: 'same' })).data).toEqual({ n: 1 });
      });

      it('rejects invalid data with the field path and writes nothing', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        const error = await rejection(cases.insert({ ...sample('CB-001'), applicant: { name: 'Ada', postcode: 'nonsense' } }));
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).path).toEqual(['applicant', 'postcode']);
        expect((error as ValidationError).message).toBe('Enter a real postcode');
        const second = await rejection(cases.insert({ reference: 'x', status: 'maybe' } as never));
        const paths = (second as ValidationError).issues.map((issue) => issue.path.join('.'));
        expect(paths).toEqual(expect.arrayContaining(['reference', 'status', 'applicant']));
        expect((await cases.list()).items).toHaveLength(0);
      });

      it('keeps personal data out of validation messages', async () => {
        const store = await make();
        const people = store.collection('people.person', z.object({ email: z.email(), age: z.number() }));
        const error = (await rejection(people.insert({ email: 'not-an-email-jo@', age: 'forty' } as never))) as ValidationError;
        expect(error).toBeInstanceOf(ValidationError);
        expect(JSON.stringify(error.toJSON())).not.toContain('not-an-email-jo');
        expect(JSON.stringify(error.toJSON())).not.toContain('forty');
      });

      it('rejects data that is not plain JSON, naming where', async () => {
        const store = await make();
        const events = store.collection('events.event', z.object({ when: z.date(), note: z.string() }));
        const error = await rejection(events.insert({ when: new Date(), note: 'x' }));
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).path).toEqual(['when']);
        const nul = await rejection(events.insert({ when: new Date(), note: 'a\u0000b' }));
        expect((nul as ValidationError).issues.map((issue) => issue.path)).toContainEqual(['note']);
      });

      it('stores the schema output: defaults filled in, unknown keys stripped', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        const inserted = await cases.insert({ ...sample('CB-001'), extra: 'dropped' } as never);
        expect(inserted.data).not.toHaveProperty('extra');
        expect((await cases.require(inserted.id)).data.priority).toBe(3);
      });

      it('hands out copies: changing a returned record changes nothing stored', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        const input = { ...sample('CB-001'), tags: ['a'] };
        const inserted = await cases.insert(input);
        input.tags.push('from-input');
        (inserted.data.tags as string[]).push('from-result');
        const read = await cases.require(inserted.id);
        expect(read.data.tags).toEqual(['a']);
        (read.data.tags as string[]).push('from-read');
        expect((await cases.require(inserted.id)).data.tags).toEqual(['a']);
      });

      it('updates with the version it read and moves the version on', async () => {
        const time = manualClock();
        const store = await make({ clock: time.clock });
        const cases = store.collection('cases.case', caseSchema);
        const v1 = await cases.insert(sample('CB-001'));
        time.advance(60_000);
        const v2 = await cases.update(v1.id, 1, { ...v1.data, status: 'closed' });
        expect(v2.version).toBe(2);
        expect(v2.data.status).toBe('closed');
        expect(v2.createdAt).toBe(v1.createdAt);
        expect(v2.updatedAt).toBe('2030-03-04T09:01:00.000Z');
        const v3 = await cases.update(v1.id, 2, { ...v2.data, priority: 1 });
        expect(v3.version).toBe(3);
        expect(await cases.require(v1.id)).toEqual(v3);
      });

      it('refuses a stale update with a ConflictError a person can read, and keeps the newer data', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        const v1 = await cases.insert(sample('CB-001'));
        await cases.update(v1.id, 1, { ...v1.data, status: 'closed' });
        const error = await rejection(cases.update(v1.id, 1, { ...v1.data, priority: 5 }));
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).code).toBe('storage.version_conflict');
        expect((error as ConflictError).retryable).toBe(false);
        expect((error as ConflictError).message).toMatch(/changed by someone else/);
        const current = await cases.require(v1.id);
        expect(current.version).toBe(2);
        expect(current.data).toEqual({ ...v1.data, status: 'closed' });
      });

      it('lets exactly one of several concurrent updates from the same version win', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        const v1 = await cases.insert(sample('CB-001'));
        const outcomes = await Promise.allSettled([1, 2, 3, 4, 5, 6].map((priority) => cases.update(v1.id, 1, { ...v1.data, priority })));
        const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const losers = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
        expect(winners).toHaveLength(1);
        expect(losers.every((outcome) => outcome.reason instanceof ConflictError)).toBe(true);
        const current = await cases.require(v1.id);
        expect(current.version).toBe(2);
        expect(current.data.priority).toBe((winners[0] as PromiseFulfilledResult<{ data: { priority: number } }>).value.data.priority);
      });

      it('reports a missing record as NotFoundError on update, delete and require', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        expect(await cases.get('nobody')).toBeUndefined();
        expect(await rejection(cases.require('nobody'))).toBeInstanceOf(NotFoundError);
        expect(await rejection(cases.update('nobody', 1, sample('CB-001')))).toBeInstanceOf(NotFoundError);
        expect(await rejection(cases.delete('nobody', 1))).toBeInstanceOf(NotFoundError);
      });

      it('deletes only at the expected version', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        const v1 = await cases.insert(sample('CB-001'));
        await cases.update(v1.id, 1, v1.data);
        expect(await rejection(cases.delete(v1.id, 1))).toBeInstanceOf(ConflictError);
        expect(await cases.get(v1.id)).toBeDefined();
        await cases.delete(v1.id, 2);
        expect(await cases.get(v1.id)).toBeUndefined();
      });

      it('lists with equality filters, in insertion order, a page at a time', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        const others = store.collection('cases.other', caseSchema);
        for (let i = 1; i <= 5; i += 1) await cases.insert(sample(`CB-00${i}`, i % 2 === 0 ? 'closed' : 'open'));
        await others.insert(sample('XX-001'));
        const all = await cases.list();
        expect(all.items.map((record) => record.data.reference)).toEqual(['CB-001', 'CB-002', 'CB-003', 'CB-004', 'CB-005']);
        expect(all.nextCursor).toBeUndefined();
        const open = await cases.list({ where: { status: 'open' } });
        expect(open.items.map((record) => record.data.reference)).toEqual(['CB-001', 'CB-003', 'CB-005']);
        const both = await cases.list({ where: { status: 'open', priority: 3 } });
        expect(both.items).toHaveLength(3);
        expect((await cases.list({ where: { status: 'open', priority: 4 } })).items).toHaveLength(0);
        expect((await cases.list({ where: { missing: null } })).items).toHaveLength(0);
        const first = await cases.list({ limit: 2 });
        expect(first.items.map((record) => record.data.reference)).toEqual(['CB-001', 'CB-002']);
        const second = await cases.list({ limit: 2, cursor: first.nextCursor });
        expect(second.items.map((record) => record.data.reference)).toEqual(['CB-003', 'CB-004']);
        const third = await cases.list({ limit: 2, cursor: second.nextCursor });
        expect(third.items.map((record) => record.data.reference)).toEqual(['CB-005']);
        expect(third.nextCursor).toBeUndefined();
        const newest = await cases.list({ order: 'desc', limit: 2 });
        expect(newest.items.map((record) => record.data.reference)).toEqual(['CB-005', 'CB-004']);
        const older = await cases.list({ order: 'desc', limit: 2, cursor: newest.nextCursor });
        expect(older.items.map((record) => record.data.reference)).toEqual(['CB-003', 'CB-002']);
      });

      it('rejects bad ids, collection names, versions and cursors with a path', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        expect(() => store.collection('Bad Name', caseSchema)).toThrow(ValidationError);
        expect(((await rejection(cases.get('has space'))) as ValidationError).path).toEqual(['id']);
        expect(((await rejection(cases.update('abc', 0, sample('CB-001')))) as ValidationError).path).toEqual(['expectedVersion']);
        const cursor = (await rejection(cases.list({ cursor: 'forged' }))) as ValidationError;
        expect(cursor.code).toBe('storage.invalid_cursor');
        expect(((await rejection(cases.list({ limit: 0 }))) as ValidationError).path).toEqual(['limit']);
      });
    });

    runQueryConformance(() => make());

    describe('transactions', () => {
      it('commits a record change, its audit entry and its outbox message together', async () => {
        const store = await make();
        const v1 = await store.collection('cases.case', caseSchema).insert(sample('CB-001'));
        const result = await store.transaction(async (tx) => {
          const cases = tx.collection('cases.case', caseSchema);
          const v2 = await cases.update(v1.id, 1, { ...v1.data, status: 'closed' });
          await tx.audit.append({
            actor: 'staff:42',
            action: 'case.closed',
            collection: 'cases.case',
            recordId: v1.id,
            fields: ['status'],
          });
          await tx.outbox.enqueue({ topic: 'notifications.send', payload: { caseId: v1.id }, idempotencyKey: `closed:${v1.id}` });
          return v2.version;
        });
        expect(result).toBe(2);
        expect((await store.collection('cases.case', caseSchema).require(v1.id)).data.status).toBe('closed');
        expect((await store.audit.list({ recordId: v1.id })).map((entry) => entry.action)).toEqual(['case.closed']);
        expect((await store.outbox.list()).items.map((message) => message.idempotencyKey)).toEqual([`closed:${v1.id}`]);
      });

      it('leaves nothing half-written when the work fails halfway', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        const v1 = await cases.insert(sample('CB-001'));
        await store.audit.append({ actor: 'staff:1', action: 'case.opened', collection: 'cases.case', recordId: v1.id });
        const headBefore = await store.audit.head();
        const boom = new Error('the printer caught fire');
        const error = await rejection(
          store.transaction(async (tx) => {
            const txCases = tx.collection('cases.case', caseSchema);
            await txCases.insert(sample('CB-002'), { id: 'new-one' });
            await txCases.update(v1.id, 1, { ...v1.data, status: 'closed' });
            await txCases.delete('new-one', 1);
            await txCases.insert(sample('CB-003'), { id: 'another' });
            await tx.audit.append({
              actor: 'staff:1',
              action: 'case.closed',
              collection: 'cases.case',
              recordId: v1.id,
              before: { s: 1 },
              after: { s: 2 },
            });
            await tx.outbox.enqueue({ topic: 'notifications.send', payload: { n: 1 } });
            throw boom;
          }),
        );
        expect(error).toBe(boom);
        expect(await cases.get('another')).toBeUndefined();
        expect(await cases.get('new-one')).toBeUndefined();
        expect(await cases.require(v1.id)).toEqual(v1);
        expect(await store.audit.head()).toEqual(headBefore);
        expect(await store.audit.list()).toHaveLength(1);
        expect((await store.outbox.list()).items).toHaveLength(0);
        expect((await store.verifyAuditChain()).ok).toBe(true);
        // The chain carries on from where it was.
        await store.audit.append({ actor: 'staff:1', action: 'case.viewed' });
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 2 });
      });

      it('rolls back earlier writes when a version conflict stops the transaction', async () => {
        const store = await make();
        const cases = store.collection('cases.case', caseSchema);
        const a = await cases.insert(sample('CB-001'));
        const b = await cases.insert(sample('CB-002'));
        await cases.update(b.id, 1, b.data);
        const error = await rejection(
          store.transaction(async (tx) => {
            await tx.collection('cases.case', caseSchema).update(a.id, 1, { ...a.data, status: 'closed' });
            await tx.collection('cases.case', caseSchema).update(b.id, 1, { ...b.data, status: 'closed' });
          }),
        );
        expect(error).toBeInstanceOf(ConflictError);
        expect((await cases.require(a.id)).version).toBe(1);
        expect((await cases.require(a.id)).data.status).toBe('open');
      });

      it('refuses the store itself inside its own transaction, and a tx handle after the transaction', async () => {
        const store = await make();
        let leaked: Parameters<Parameters<Store['transaction']>[0]>[0] | undefined;
        const error = await rejection(
          store.transaction(async (tx) => {
            leaked = tx;
            await store.collection('cases.case', caseSchema).get('x');
          }),
        );
        expect((error as CivicError).code).toBe('storage.store_used_inside_transaction');
        const nested = await rejection(store.transaction(async () => store.transaction(async () => 1)));
        expect((nested as CivicError).code).toBe('storage.store_used_inside_transaction');
        const late = await rejection(leaked!.collection('cases.case', caseSchema).get('x'));
        expect((late as CivicError).code).toBe('storage.transaction_finished');
        // The store still works.
        expect(await store.collection('cases.case', caseSchema).get('x')).toBeUndefined();
      });

      it('refuses everything once closed', async () => {
        const store = await createStore({});
        await store.close();
        const error = await rejection(store.collection('cases.case', caseSchema).get('x'));
        expect((error as CivicError).code).toBe('storage.closed');
      });
    });

    describe('audit log', () => {
      it('appends hash-chained entries that verify', async () => {
        const time = manualClock();
        const store = await make({ clock: time.clock });
        const first = await store.audit.append({ actor: 'staff:1', action: 'case.opened', collection: 'cases.case', recordId: 'c1' });
        time.advance(1000);
        const second = await store.audit.append({
          actor: 'staff:2',
          action: 'case.assigned',
          collection: 'cases.case',
          recordId: 'c1',
          fields: ['lead'],
          metadata: { team: 'north', n: 2 },
        });
        const third = await store.audit.append({ actor: 'system', action: 'timer.fired' });
        expect([first.seq, second.seq, third.seq]).toEqual([1, 2, 3]);
        expect(first.prevHash).toBe('0'.repeat(64));
        expect(second.prevHash).toBe(first.hash);
        expect(third.prevHash).toBe(second.hash);
        expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(second.at).toBe('2030-03-04T09:00:01.000Z');
        expect(await store.audit.head()).toEqual({ seq: 3, hash: third.hash });
        expect(await store.verifyAuditChain()).toEqual({ ok: true, entries: 3, head: { seq: 3, hash: third.hash } });
        expect(await store.verifyAuditChain({ expectedHead: { seq: 2, hash: second.hash } })).toMatchObject({ ok: true });
        const listed = await store.audit.list();
        expect(listed.map((entry) => entry.hash)).toEqual([first.hash, second.hash, third.hash]);
        expect(listed[1]).toEqual(second);
      });

      it('gives a record its timeline, with before and after kept beside the chain', async () => {
        const store = await make();
        await store.audit.append({
          actor: 'staff:1',
          action: 'case.opened',
          collection: 'cases.case',
          recordId: 'c1',
          after: { status: 'open' },
        });
        await store.audit.append({ actor: 'staff:1', action: 'case.opened', collection: 'cases.case', recordId: 'c2' });
        await store.audit.append({
          actor: 'staff:9',
          action: 'case.closed',
          collection: 'cases.case',
          recordId: 'c1',
          fields: ['status'],
          before: { status: 'open' },
          after: { status: 'closed' },
        });
        const timeline = await store.audit.list({ collection: 'cases.case', recordId: 'c1' });
        expect(timeline.map((entry) => entry.action)).toEqual(['case.opened', 'case.closed']);
        expect(timeline[1]).toMatchObject({
          before: { status: 'open' },
          after: { status: 'closed' },
          fields: ['status'],
          detailErased: false,
        });
        expect(timeline[0]).not.toHaveProperty('before');
        expect((await store.audit.list({ actor: 'staff:9' })).map((entry) => entry.recordId)).toEqual(['c1']);
        expect((await store.audit.list({ afterSeq: 1, limit: 1 })).map((entry) => entry.seq)).toEqual([2]);
      });

      it('rejects an entry without an actor, or with a bad action, naming the field', async () => {
        const store = await make();
        const noActor = (await rejection(store.audit.append({ action: 'case.opened' } as never))) as ValidationError;
        expect(noActor).toBeInstanceOf(ValidationError);
        expect(noActor.path).toEqual(['actor']);
        const badAction = (await rejection(store.audit.append({ actor: 'a', action: 'Case Opened' }))) as ValidationError;
        expect(badAction.path).toEqual(['action']);
        const badMeta = (await rejection(
          store.audit.append({ actor: 'a', action: 'x', metadata: { at: new Date() as never } }),
        )) as ValidationError;
        expect(badMeta.path).toEqual(['metadata', 'at']);
        expect(await store.audit.list()).toHaveLength(0);
      });

      it('hands out read-only snapshots: changing one changes nothing stored', async () => {
        const store = await make();
        const entry = await store.audit.append({ actor: 'a', action: 'x', metadata: { k: 'v' }, after: { a: 1 } });
        (entry.metadata as Record<string, unknown>)['k'] = 'changed';
        const [listed] = await store.audit.list();
        expect(listed?.metadata).toEqual({ k: 'v' });
        (listed?.after as Record<string, unknown>)['a'] = 2;
        expect((await store.audit.list())[0]?.after).toEqual({ a: 1 });
        expect((await store.verifyAuditChain()).ok).toBe(true);
      });

      it('notices a log rewritten below an anchored head', async () => {
        const store = await make();
        await store.audit.append({ actor: 'a', action: 'x' });
        const second = await store.audit.append({ actor: 'a', action: 'y' });
        expect(await store.verifyAuditChain({ expectedHead: { seq: 2, hash: 'f'.repeat(64) } })).toMatchObject({
          ok: false,
          reason: 'anchor_mismatch',
          failedAt: 2,
        });
        expect(await store.verifyAuditChain({ expectedHead: { seq: 5, hash: second.hash } })).toMatchObject({
          ok: false,
          reason: 'anchor_mismatch',
        });
      });

      it('erases a person’s data while the chain still verifies', async () => {
        const store = await make();
        const people = store.collection('people.person', z.object({ name: z.string(), nhsNumber: z.string() }));
        const person = await people.insert({ name: 'Grace Hopper', nhsNumber: '9434765919' });
        await store.audit.append({
          actor: 'staff:1',
          action: 'person.created',
          collection: 'people.person',
          recordId: person.id,
          after: person.data,
        });
        await store.audit.append({ actor: 'staff:1', action: 'person.viewed', collection: 'people.person', recordId: person.id });
        const bystander = await people.insert({ name: 'Alan Turing', nhsNumber: '9434765870' });
        await store.audit.append({
          actor: 'staff:1',
          action: 'person.created',
          collection: 'people.person',
          recordId: bystander.id,
          after: bystander.data,
        });

        const result = await people.erase(person.id, { actor: 'dpo:7', metadata: { request: 'SAR-2030-17' } });
        expect(result).toMatchObject({ recordErased: true, auditDetailsErased: 1 });
        expect(result.auditEntry).toMatchObject({
          action: 'record.erased',
          actor: 'dpo:7',
          collection: 'people.person',
          recordId: person.id,
          metadata: { request: 'SAR-2030-17' },
        });
        expect(await people.get(person.id)).toBeUndefined();
        const timeline = await store.audit.list({ recordId: person.id });
        expect(timeline.map((entry) => entry.action)).toEqual(['person.created', 'person.viewed', 'record.erased']);
        expect(timeline[0]).toMatchObject({ detailErased: true });
        expect(timeline[0]).not.toHaveProperty('after');
        expect(JSON.stringify(await store.audit.list())).not.toContain('Grace Hopper');
        expect(JSON.stringify(await store.audit.list())).toContain('Alan Turing');
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 4 });
        const again = await people.erase(person.id, { actor: 'dpo:7' });
        expect(again).toMatchObject({ recordErased: false, auditDetailsErased: 0 });
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 5 });
      });
    });

    describe('outbox', () => {
      it('delivers a committed message once, with its idempotency key', async () => {
        const time = manualClock();
        const store = await make({ clock: time.clock });
        await store.transaction(async (tx) => {
          await tx.outbox.enqueue({
            topic: 'notifications.send',
            payload: { template: 'case-closed', caseId: 'c1' },
            idempotencyKey: 'case-closed:c1',
          });
        });
        const seen: OutboxDelivery[] = [];
        const worker = createOutboxWorker({
          store,
          clock: time.clock,
          handlers: { 'notifications.send': async (message) => void seen.push(message) },
        });
        expect(await worker.runOnce()).toEqual({ claimed: 1, delivered: 1, retried: 0, deadLettered: 0, leaseLost: 0 });
        expect(seen).toHaveLength(1);
        expect(seen[0]).toMatchObject({
          topic: 'notifications.send',
          payload: { template: 'case-closed', caseId: 'c1' },
          idempotencyKey: 'case-closed:c1',
          attempt: 1,
        });
        expect((await worker.runOnce()).claimed).toBe(0);
        const [message] = (await store.outbox.list()).items;
        expect(message).toMatchObject({ status: 'delivered', attempts: 1, deliveredAt: time.clock().toISOString(), lastError: null });
      });

      it('enqueues once per idempotency key', async () => {
        const store = await make();
        const first = await store.outbox.enqueue({ topic: 'payments.refund', payload: { amount: 100 }, idempotencyKey: 'refund-1' });
        const second = await store.outbox.enqueue({ topic: 'payments.refund', payload: { amount: 100 }, idempotencyKey: 'refund-1' });
        expect(first.created).toBe(true);
        expect(second.created).toBe(false);
        expect(second.message.id).toBe(first.message.id);
        const fresh = await store.outbox.enqueue({ topic: 'payments.refund', payload: { amount: 100 } });
        expect(fresh.message.idempotencyKey).toBe(fresh.message.id);
        expect((await store.outbox.list()).items).toHaveLength(2);
      });

      it('retries with exponential backoff and jitter, dead-letters, and can retry a dead letter', async () => {
        const time = manualClock();
        const store = await make({ clock: time.clock });
        const { message } = await store.outbox.enqueue({ topic: 'notifications.send', payload: { n: 1 } });
        let failing = true;
        const attempts: number[] = [];
        const errors: string[] = [];
        const backoff = { initialMs: 1000, maxMs: 5000, factor: 3 };
        const random = (): number => 0.5;
        const worker = createOutboxWorker({
          store,
          clock: time.clock,
          random,
          maxAttempts: 3,
          backoff,
          onError: (error) => errors.push(error.code),
          handlers: {
            'notifications.send': async (delivery) => {
              attempts.push(delivery.attempt);
              if (failing) throw new Error('Notify said 503 for jo@example.com, token=abc123');
            },
          },
        });
        expect(await worker.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
        let current = await store.outbox.get(message.id);
        // attempt 1 failed: nominal 1000 ms, equal jitter with random 0.5 gives 750 ms.
        expect(outboxBackoffDelay(1, backoff, random)).toBe(750);
        expect(current).toMatchObject({ status: 'pending', attempts: 1, availableAt: new Date(time.now() + 750).toISOString() });
        expect(current?.lastError).toContain('Notify said 503');
        expect(current?.lastError).not.toContain('jo@example.com');
        expect(current?.lastError).not.toContain('abc123');
        expect((await worker.runOnce()).claimed).toBe(0);
        time.advance(749);
        expect((await worker.runOnce()).claimed).toBe(0);
        time.advance(1);
        expect(await worker.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
        current = await store.outbox.get(message.id);
        // attempt 2: nominal 3000 ms, jittered to 2250 ms.
        expect(current?.availableAt).toBe(new Date(time.now() + 2250).toISOString());
        time.advance(2250);
        expect(await worker.runOnce()).toMatchObject({ claimed: 1, deadLettered: 1 });
        expect(attempts).toEqual([1, 2, 3]);
        expect(errors).toEqual(['storage.outbox.handler_failed', 'storage.outbox.handler_failed', 'storage.outbox.handler_failed']);
        time.advance(3_600_000);
        expect((await worker.runOnce()).claimed).toBe(0);
        const dead = await store.outbox.listDead();
        expect(dead.items.map((item) => item.id)).toEqual([message.id]);
        expect(dead.items[0]).toMatchObject({ status: 'dead', attempts: 3 });

        failing = false;
        expect(await store.outbox.retry(message.id)).toMatchObject({ status: 'pending', attempts: 0 });
        expect(await worker.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
        expect(await store.outbox.get(message.id)).toMatchObject({ status: 'delivered', attempts: 1 });
        expect((await store.outbox.listDead()).items).toHaveLength(0);
        expect(await rejection(store.outbox.retry(message.id))).toBeInstanceOf(ConflictError);
        expect(await rejection(store.outbox.retry(crypto.randomUUID()))).toBeInstanceOf(NotFoundError);
      });

      it('claims only topics it handles and only messages that are due', async () => {
        const time = manualClock();
        const store = await make({ clock: time.clock });
        await store.outbox.enqueue({ topic: 'payments.capture', payload: {} });
        await store.outbox.enqueue({ topic: 'notifications.send', payload: { later: true }, availableAt: new Date(time.now() + 60_000) });
        const seen: unknown[] = [];
        const worker = createOutboxWorker({
          store,
          clock: time.clock,
          handlers: { 'notifications.send': async (message) => void seen.push(message.payload) },
        });
        expect((await worker.runOnce()).claimed).toBe(0);
        time.advance(60_000);
        expect((await worker.runOnce()).delivered).toBe(1);
        expect(seen).toEqual([{ later: true }]);
        expect((await store.outbox.list({ status: 'pending' })).items.map((message) => message.topic)).toEqual(['payments.capture']);
      });

      it('keeps a leased message from a second worker until the lease lapses, and refuses the late settle', async () => {
        const time = manualClock();
        const store = await make({ clock: time.clock });
        await store.outbox.enqueue({ topic: 'notifications.send', payload: { n: 1 } });
        let release: () => void = () => undefined;
        const gate = new Promise<void>((resolve) => {
          release = resolve;
        });
        let startedSlow: () => void = () => undefined;
        const slowStarted = new Promise<void>((resolve) => {
          startedSlow = resolve;
        });
        const deliveries: string[] = [];
        const slow = createOutboxWorker({
          store,
          clock: time.clock,
          leaseMs: 600_000,
          handlers: {
            'notifications.send': async () => {
              deliveries.push('slow');
              startedSlow();
              await gate;
            },
          },
        });
        const fast = createOutboxWorker({
          store,
          clock: time.clock,
          leaseMs: 600_000,
          handlers: { 'notifications.send': async () => void deliveries.push('fast') },
        });
        const slowRun = slow.runOnce();
        await slowStarted;
        expect((await fast.runOnce()).claimed).toBe(0);
        time.advance(600_001);
        expect(await fast.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
        release();
        expect(await slowRun).toMatchObject({ claimed: 1, delivered: 0, leaseLost: 1 });
        expect(deliveries).toEqual(['slow', 'fast']);
        const [message] = (await store.outbox.list()).items;
        expect(message).toMatchObject({ status: 'delivered', attempts: 2 });
      });

      it('claims at most one batch per round, oldest first', async () => {
        const time = manualClock();
        const store = await make({ clock: time.clock });
        for (let i = 0; i < 7; i += 1) {
          await store.outbox.enqueue({ topic: 'notifications.send', payload: { i } });
          time.advance(1);
        }
        const seen: number[] = [];
        const worker = createOutboxWorker({
          store,
          clock: time.clock,
          batchSize: 3,
          handlers: { 'notifications.send': async (message) => void seen.push((message.payload as { i: number }).i) },
        });
        expect((await worker.runOnce()).claimed).toBe(3);
        expect(seen.sort()).toEqual([0, 1, 2]);
        expect((await worker.runOnce()).claimed).toBe(3);
        expect((await worker.runOnce()).claimed).toBe(1);
        expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
      });

      it('rejects a payload that is not JSON, naming where', async () => {
        const store = await make();
        const error = (await rejection(
          store.outbox.enqueue({ topic: 'notifications.send', payload: { when: new Date() } as never }),
        )) as ValidationError;
        expect(error).toBeInstanceOf(ValidationError);
        expect(error.path).toEqual(['payload', 'when']);
        expect(((await rejection(store.outbox.enqueue({ topic: 'Not A Topic', payload: 1 }))) as ValidationError).path).toEqual(['topic']);
      });

      it('polls when started and stops cleanly', async () => {
        const store = await make();
        const seen: number[] = [];
        const worker = createOutboxWorker({
          store,
          pollIntervalMs: 5,
          handlers: { 'notifications.send': async (message) => void seen.push((message.payload as { n: number }).n) },
        });
        worker.start();
        expect(worker.running).toBe(true);
        await store.outbox.enqueue({ topic: 'notifications.send', payload: { n: 1 } });
        await store.outbox.enqueue({ topic: 'notifications.send', payload: { n: 2 } });
        await expect.poll(() => seen.length, { timeout: 5000 }).toBe(2);
        await worker.stop();
        expect(worker.running).toBe(false);
        expect(seen.sort()).toEqual([1, 2]);
      });
    });

    describe('migrations', () => {
      const counter = z.object({ n: z.number() });

      it('applies a brick’s migrations once, in order; running them again is harmless', async () => {
        const ran: string[] = [];
        const group: BrickMigrations = {
          brick: 'cases',
          migrations: [
            {
              version: 1,
              name: 'seed',
              up: async ({ tx }) => void (ran.push('v1'), await tx.collection('cases.meta', counter).insert({ n: 1 }, { id: 'meta' })),
            },
            {
              version: 2,
              name: 'bump',
              up: async ({ tx }) => void (ran.push('v2'), await tx.collection('cases.meta', counter).update('meta', 1, { n: 2 })),
            },
          ],
        };
        const store = await make({ migrations: [group] });
        expect(ran).toEqual(['v1', 'v2']);
        expect((await store.collection('cases.meta', counter).require('meta')).data).toEqual({ n: 2 });
        expect(await store.migrate(group)).toEqual({ applied: [] });
        expect(await store.migrate(group, group)).toEqual({ applied: [] });
        expect(ran).toEqual(['v1', 'v2']);
        const later: BrickMigrations = {
          brick: 'cases',
          migrations: [...group.migrations, { version: 3, name: 'three', up: async () => void ran.push('v3') }],
        };
        expect(await store.migrate(later)).toEqual({ applied: [{ brick: 'cases', version: 3, name: 'three' }] });
        // Another brick's versions are its own.
        expect(
          await store.migrate({ brick: 'workflow', migrations: [{ version: 1, name: 'seed', up: async () => void ran.push('w1') }] }),
        ).toMatchObject({ applied: [{ brick: 'workflow', version: 1 }] });
        expect(ran).toEqual(['v1', 'v2', 'v3', 'w1']);
      });

      it('refuses edited history and versions slotted into the past', async () => {
        const store = await make();
        const noop = async (): Promise<void> => undefined;
        await store.migrate({
          brick: 'cases',
          migrations: [
            { version: 1, name: 'one', up: noop },
            { version: 3, name: 'three', up: noop },
          ],
        });
        const renamed = await rejection(store.migrate({ brick: 'cases', migrations: [{ version: 1, name: 'uno', up: noop }] }));
        expect((renamed as CivicError).code).toBe('storage.migration_mismatch');
        const past = await rejection(
          store.migrate({
            brick: 'cases',
            migrations: [
              { version: 1, name: 'one', up: noop },
              { version: 2, name: 'two', up: noop },
              { version: 3, name: 'three', up: noop },
            ],
          }),
        );
        expect((past as CivicError).code).toBe('storage.migration_out_of_order');
        const unordered = await rejection(
          store.migrate({
            brick: 'cases',
            migrations: [
              { version: 5, name: 'five', up: noop },
              { version: 4, name: 'four', up: noop },
            ],
          }),
        );
        expect(unordered).toBeInstanceOf(ValidationError);
        expect((unordered as ValidationError).path).toEqual([0, 'migrations', 1, 'version']);
        expect(((await rejection(store.migrate({ brick: 'Cases!', migrations: [] }))) as ValidationError).path).toEqual([0, 'brick']);
      });

      it('a failing migration leaves nothing behind and runs again next time', async () => {
        const store = await make();
        let fail = true;
        let runs = 0;
        const group: BrickMigrations = {
          brick: 'cases',
          migrations: [
            {
              version: 1,
              name: 'seed',
              up: async ({ tx }) => {
                runs += 1;
                await tx.collection('cases.meta', counter).insert({ n: 1 }, { id: 'meta' });
                if (fail) throw new Error('half way');
              },
            },
          ],
        };
        expect(((await rejection(store.migrate(group))) as Error).message).toBe('half way');
        expect(await store.collection('cases.meta', counter).get('meta')).toBeUndefined();
        fail = false;
        expect(await store.migrate(group)).toMatchObject({ applied: [{ version: 1 }] });
        expect(runs).toBe(2);
        expect((await store.collection('cases.meta', counter).require('meta')).data).toEqual({ n: 1 });
      });
    });
  });
}
