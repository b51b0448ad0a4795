import type { CivicError } from '@civicbricks/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AuditDetailRow, AuditRow } from '../src/backend.js';
import { LEGACY_CHAIN_FORMAT } from '../src/hash.js';
import { createStore } from '../src/index.js';
import { MemoryBackend } from '../src/memory.js';
import { createCoreStore } from '../src/store.js';
import { runStorageConformance } from './conformance.js';
import { chainedAuditRow } from './support/audit.js';

runStorageConformance('memory', (options) => createStore({ adapter: 'memory', ...options }));

describe('memory adapter: the audit log is append-only in code', () => {
  async function seeded(): Promise<{ backend: MemoryBackend; store: ReturnType<typeof createCoreStore> }> {
    const backend = new MemoryBackend();
    const store = createCoreStore(backend, { clock: () => new Date('2030-01-01T00:00:00Z') });
    for (const action of ['a.one', 'a.two', 'a.three', 'a.four']) {
      await store.audit.append({ actor: 'staff:1', action, collection: 'cases.case', recordId: 'c1', before: { action } });
    }
    expect((await store.verifyAuditChain()).ok).toBe(true);
    return { backend, store };
  }

  it('freezes stored entries so code cannot change them in place', async () => {
    const { backend, store } = await seeded();
    const rows = backend.unsafeAuditRowsForTesting();
    expect(() => {
      (rows[1] as { actor: string }).actor = 'mallory';
    }).toThrow(TypeError);
    expect(() => {
      (rows[1]?.metadata as Record<string, unknown>)['x'] = 1;
    }).toThrow(TypeError);
    expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 4 });
  });

  it('detects an entry replaced behind the store’s back', async () => {
    const { backend, store } = await seeded();
    const rows = backend.unsafeAuditRowsForTesting();
    rows[1] = { ...rows[1]!, actor: 'mallory' };
    expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'hash_mismatch', failedAt: 2, entries: 1 });
  });

  it('detects a removed entry, a reordering and a cut-off tail', async () => {
    const removed = await seeded();
    removed.backend.unsafeAuditRowsForTesting().splice(1, 1);
    expect(await removed.store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'missing_entry', failedAt: 2 });

    const reordered = await seeded();
    const rows = reordered.backend.unsafeAuditRowsForTesting();
    const [second, third] = [rows[1]!, rows[2]!];
    rows[1] = { ...third, seq: 2 };
    rows[2] = { ...second, seq: 3 };
    expect(await reordered.store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'broken_link', failedAt: 2 });

    const cut = await seeded();
    cut.backend.unsafeAuditRowsForTesting().pop();
    expect(await cut.store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'head_mismatch', failedAt: 4 });
  });

  it('refuses an entry that does not follow the head, writing nothing, as the SQL trigger does', async () => {
    const { backend, store } = await seeded();
    const head = await store.audit.head();
    const follows = await chainedAuditRow({ seq: head.seq + 1, prevHash: head.hash });
    for (const row of [
      { ...follows, seq: head.seq + 2 },
      { ...follows, prevHash: 'f'.repeat(64) },
      { ...follows, format: LEGACY_CHAIN_FORMAT },
    ]) {
      expect(await backend.transaction((ops) => ops.insertAuditEntries([row], []))).toBe(false);
    }
    expect(backend.unsafeAuditRowsForTesting()).toHaveLength(4);
    expect(await store.audit.head()).toEqual(head);
    expect(await backend.transaction((ops) => ops.insertAuditEntries([follows], []))).toBe(true);
    expect(await store.audit.head()).toEqual({ seq: 5, hash: follows.hash });
  });

  it('detects an entry slipped in after the head, leaves it out of list(), and refuses to append past it', async () => {
    const { backend, store } = await seeded();
    const head = await store.audit.head();
    backend.unsafeAuditRowsForTesting().push(await chainedAuditRow({ seq: head.seq + 1, prevHash: head.hash }));
    expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'entry_after_head', failedAt: 5, entries: 4 });
    expect((await store.audit.list()).map((entry) => entry.seq)).toEqual([1, 2, 3, 4]);
    const error = (await store.audit.append({ actor: 'staff:1', action: 'a.five' }).catch((caught: unknown) => caught)) as CivicError;
    expect(error.code).toBe('storage.audit_tampered');
  });

  // One case per stored field of an entry, its detail and the head; the last test checks that none is left out.
  const entryTampering: readonly { field: keyof AuditRow; change: Partial<AuditRow>; reason: string; failedAt: number }[] = [
    { field: 'seq', change: { seq: 9 }, reason: 'missing_entry', failedAt: 2 },
    { field: 'id', change: { id: '00000000-0000-4000-8000-000000000009' }, reason: 'hash_mismatch', failedAt: 2 },
    { field: 'format', change: { format: LEGACY_CHAIN_FORMAT }, reason: 'hash_mismatch', failedAt: 2 },
    { field: 'at', change: { at: '2030-01-01T00:00:00.000001Z' }, reason: 'hash_mismatch', failedAt: 2 },
    { field: 'actor', change: { actor: 'mallory' }, reason: 'hash_mismatch', failedAt: 2 },
    { field: 'action', change: { action: 'a.forged' }, reason: 'hash_mismatch', failedAt: 2 },
    { field: 'collection', change: { collection: 'cases.other' }, reason: 'hash_mismatch', failedAt: 2 },
    { field: 'recordId', change: { recordId: 'c9' }, reason: 'hash_mismatch', failedAt: 2 },
    { field: 'fields', change: { fields: ['status'] }, reason: 'hash_mismatch', failedAt: 2 },
    { field: 'metadata', change: { metadata: { forged: true } }, reason: 'hash_mismatch', failedAt: 2 },
    { field: 'detailDigest', change: { detailDigest: 'a'.repeat(64) }, reason: 'hash_mismatch', failedAt: 2 },
    { field: 'prevHash', change: { prevHash: 'f'.repeat(64) }, reason: 'broken_link', failedAt: 2 },
    { field: 'hash', change: { hash: 'e'.repeat(64) }, reason: 'hash_mismatch', failedAt: 2 },
  ];

  it.each(entryTampering)('detects an entry’s $field changed', async ({ change, reason, failedAt }) => {
    const { backend, store } = await seeded();
    const rows = backend.unsafeAuditRowsForTesting();
    rows[1] = { ...rows[1]!, ...change };
    expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason, failedAt });
  });

  const detailTampering: readonly { field: keyof AuditDetailRow; change: Partial<AuditDetailRow>; reason: string }[] = [
    { field: 'entryId', change: { entryId: '00000000-0000-4000-8000-000000000009' }, reason: 'detail_missing' },
    { field: 'collection', change: { collection: 'cases.other' }, reason: 'detail_mismatch' },
    { field: 'recordId', change: { recordId: 'c9' }, reason: 'detail_mismatch' },
    { field: 'salt', change: { salt: '0'.repeat(32) }, reason: 'detail_mismatch' },
    { field: 'detail', change: { detail: { before: { action: 'forged' } } }, reason: 'detail_mismatch' },
  ];

  it.each(detailTampering)('detects a detail row’s $field changed', async ({ change, reason }) => {
    const { backend, store } = await seeded();
    const entryId = backend.unsafeAuditRowsForTesting()[1]!.id;
    const details = backend.unsafeAuditDetailsForTesting();
    const changed = { ...details.get(entryId)!, ...change };
    details.delete(entryId);
    details.set(changed.entryId, changed);
    expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason, failedAt: 2 });
  });

  it('detects the head moved or rewritten', async () => {
    const { backend, store } = await seeded();
    const head = await store.audit.head();
    backend.unsafeSetAuditHeadForTesting({ seq: 3, hash: head.hash });
    expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'head_mismatch', failedAt: 4 });
    backend.unsafeSetAuditHeadForTesting({ seq: 4, hash: 'd'.repeat(64) });
    expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'head_mismatch', failedAt: 5 });
  });

  it('has a tampering case for every stored field', async () => {
    const { backend } = await seeded();
    const entry = backend.unsafeAuditRowsForTesting()[1]!;
    const detail = backend.unsafeAuditDetailsForTesting().get(entry.id)!;
    expect(entryTampering.map(({ field }) => field).sort()).toEqual(Object.keys(entry).sort());
    expect(detailTampering.map(({ field }) => field).sort()).toEqual(Object.keys(detail).sort());
  });

  it('erasure still finds a detail row moved to another record, and verification reports the move', async () => {
    const { backend, store } = await seeded();
    const details = backend.unsafeAuditDetailsForTesting();
    for (const [entryId, detail] of details) details.set(entryId, { ...detail, recordId: 'c9' });
    expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'detail_mismatch', failedAt: 1 });
    const erased = await store.collection('cases.case', z.object({})).erase('c1', { actor: 'dpo:1' });
    expect(erased.auditDetailsErased).toBe(4);
    expect(details.size).toBe(0);
    expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 5 });
  });
});
