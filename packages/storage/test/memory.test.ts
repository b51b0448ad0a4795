import { describe, expect, it } from 'vitest';
import { createStore } from '../src/index.js';
import { MemoryBackend } from '../src/memory.js';
import { createCoreStore } from '../src/store.js';
import { runStorageConformance } from './conformance.js';

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
});
