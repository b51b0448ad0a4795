/**
 * Heavier checks for the SQL adapters (PGlite and PostgreSQL): a long
 * audit chain tampered with in SQL at many positions, and outbox workers
 * killed at random points of a delivery.
 */
import { describe, expect, it } from 'vitest';
import { createOutboxWorker, type OutboxDelivery, type OutboxRunResult, type Store } from '../src/index.js';
import { randomUUID } from 'node:crypto';
import type { AuditRow, Backend, BackendOps } from '../src/backend.js';
import { CHAIN_FORMAT, auditEntryHash } from '../src/hash.js';
import { storeInternals } from '../src/store.js';
import { manualClock } from './conformance.js';
import type { SqlSuiteContext } from './sql-suite.js';
import { seededRandom } from './support/random.js';

/**
 * Appends `count` entries efficiently: all but the last are hashed with the
 * storage's own `auditEntryHash` and inserted through the backend a thousand
 * rows (and one head move) per transaction; the last goes through the public
 * `audit.append`, which only links up if the bulk rows left a sound head.
 */
export async function appendChain(store: Store, count: number, batch = 1000): Promise<void> {
  const internals = storeInternals.get(store);
  if (!internals) throw new Error('not a store from createStore');
  const entry = (i: number) => ({
    actor: `staff:${i % 17}`,
    action: 'case.noted',
    collection: 'cases.case',
    recordId: `c${i % 97}`,
    metadata: { i },
  });
  let head = await internals.backend.autocommit((ops) => ops.readAuditHead());
  const at = '2030-03-04T09:00:00.000000Z';
  while (head.seq < count - 1) {
    const rows: AuditRow[] = [];
    let prevHash = head.hash;
    for (let seq = head.seq + 1; seq <= Math.min(count - 1, head.seq + batch); seq += 1) {
      const fields = { ...entry(seq), seq, id: randomUUID(), format: CHAIN_FORMAT, at, fields: [], detailDigest: null, prevHash };
      prevHash = await auditEntryHash(fields);
      rows.push({ ...fields, hash: prevHash });
    }
    const last = rows[rows.length - 1]!;
    await internals.backend.transaction(async (ops) => {
      if (!(await ops.insertAuditEntries(rows, []))) throw new Error('the audit head moved during the bulk append');
    });
    head = { seq: last.seq, hash: last.hash };
  }
  await store.audit.append(entry(count));
}

/**
 * `npm test` keeps the chain to 2,000 entries (seconds, on a busy machine); `npm run check:storage`
 * (STORAGE_STRESS=full) walks 10,000, as a year of a busy service's audit log might hold.
 */
export const FULL_STRESS = process.env['STORAGE_STRESS'] === 'full';
const CHAIN_LENGTH = FULL_STRESS ? 10_000 : 2_000;

const KILL_POINTS = [
  'claim-before', // dies before its claim reaches the database
  'claim-after', // the claim committed (messages leased), the worker dies before delivering
  'handler-before', // dies inside the handler, before the side effect
  'handler-after', // the side effect happened, the worker dies before the handler returns
  'settle-before', // the handler finished, the worker dies before marking the message delivered
  'settle-after', // marked delivered, then the worker dies
] as const;
type KillPoint = (typeof KILL_POINTS)[number];

/** Registers the stress suite; `context` is read lazily, after the file's setup ran. */
export function runSqlStressSuite(name: string, context: () => SqlSuiteContext, options: { readonly tamperPositions: number }): void {
  describe(`SQL storage under stress: ${name}`, () => {
    it(`detects any entry of a ${CHAIN_LENGTH.toLocaleString('en-GB')}-entry chain altered, deleted or reordered in SQL`, async () => {
      const ctx = context();
      const schema = ctx.newSchema();
      const store = await ctx.createStore({ schema });
      const total = CHAIN_LENGTH;
      // What a superuser can do: switch the triggers off for the session, then edit rows.
      const tamper = (statements: readonly string[]): Promise<unknown> =>
        ctx.raw([
          'set session_replication_role = replica',
          ...statements.map((s) => s.replaceAll('$s', schema)),
          'set session_replication_role = default',
        ]);
      try {
        await appendChain(store, total);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: total });
        const random = seededRandom(20_300_304);
        const positions = [1, total / 2, total];
        while (positions.length < options.tamperPositions) {
          const seq = 2 + Math.floor(random() * (total - 2));
          if (!positions.includes(seq)) positions.push(seq);
        }
        await ctx.raw([`create table ${schema}.saved as select * from ${schema}.civic_audit where false`]);
        for (const seq of positions) {
          const label = `seq ${seq}`;
          // Altered: one field of one entry.
          await tamper([`update $s.civic_audit set actor = 'mallory' where seq = ${seq}`]);
          expect(await store.verifyAuditChain(), `altered ${label}`).toMatchObject({ ok: false, reason: 'hash_mismatch', failedAt: seq });
          await tamper([`update $s.civic_audit set actor = 'staff:${seq % 17}' where seq = ${seq}`]);

          // Deleted: the last one leaves the head pointing past the end.
          await tamper([
            `insert into $s.saved select * from $s.civic_audit where seq = ${seq}`,
            `delete from $s.civic_audit where seq = ${seq}`,
          ]);
          expect(await store.verifyAuditChain(), `deleted ${label}`).toMatchObject({
            ok: false,
            reason: seq === total ? 'head_mismatch' : 'missing_entry',
            failedAt: seq,
          });
          await tamper([`insert into $s.civic_audit select * from $s.saved`, `delete from $s.saved`]);

          // Reordered: swapped with its neighbour (the one before it, for the last entry).
          const [a, b] = seq === total ? [seq - 1, seq] : [seq, seq + 1];
          const swap = [
            `update $s.civic_audit set seq = 100000000 where seq = ${a}`,
            `update $s.civic_audit set seq = ${a} where seq = ${b}`,
            `update $s.civic_audit set seq = ${b} where seq = 100000000`,
          ];
          await tamper(swap);
          const reordered = await store.verifyAuditChain();
          expect(reordered, `reordered ${label}`).toMatchObject({ ok: false, failedAt: a });
          expect(['broken_link', 'hash_mismatch'], `reordered ${label}`).toContain((reordered as { reason: string }).reason);
          await tamper(swap);
        }
        // Each edit was undone before the next (a failed restore would show as an earlier failedAt): the chain is whole again.
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: total });
      } finally {
        await store.close();
      }
    }, 240_000);

    it('loses no message and marks none delivered without its effect when workers die at random points', async () => {
      const ctx = context();
      const store = await ctx.createStore({ schema: ctx.newSchema() });
      const internals = storeInternals.get(store);
      if (!internals) throw new Error('not a store from createStore');
      const real: Backend = internals.backend;
      const time = manualClock();
      const random = seededRandom(4411);
      const leaseMs = 60_000;
      const total = 40;
      const keyOf = new Map<string, string>();
      const effects = new Map<string, number>();
      const hit = new Map<KillPoint, number>();
      const violations: string[] = [];
      const hangs: ((reason: Error) => void)[] = [];
      const abandoned: Promise<unknown>[] = [];
      let shuttingDown = false;

      try {
        for (let i = 0; i < total; i += 1) {
          const { message } = await store.outbox.enqueue({ topic: 'notifications.send', payload: { i }, idempotencyKey: `m${i}` });
          keyOf.set(message.id, message.idempotencyKey);
        }

        /** One worker process: once killed, nothing it does reaches the database or the outside world again. */
        const incarnation = () => {
          let dead = false;
          const hang = (): Promise<never> =>
            shuttingDown ? Promise.reject(new Error('killed')) : new Promise<never>((_, reject) => hangs.push(reject));
          const maybeKill = (point: KillPoint, p: number): boolean => {
            if (dead || random() >= p) return dead;
            dead = true;
            hit.set(point, (hit.get(point) ?? 0) + 1);
            return true;
          };
          const wrapOps = (ops: BackendOps, after: { kill: boolean }): BackendOps => ({
            ...ops,
            claimOutbox: async (query) => {
              if (maybeKill('claim-before', 0.08)) throw new Error('killed before the claim');
              const rows = await ops.claimOutbox(query);
              if (rows.length > 0 && maybeKill('claim-after', 0.08)) after.kill = true;
              return rows;
            },
            settleOutbox: async (id, token, settlement) => {
              if (settlement.status === 'delivered') {
                if (maybeKill('settle-before', 0.08)) throw new Error('killed before settling');
                const key = keyOf.get(id) ?? '?';
                if (!(effects.get(key) ?? 0)) violations.push(`${key} marked delivered without its effect`);
              }
              const ok = await ops.settleOutbox(id, token, settlement);
              if (settlement.status === 'delivered' && maybeKill('settle-after', 0.08)) after.kill = true;
              return ok;
            },
          });
          const backend: Backend = {
            ...real,
            autocommit: async (fn) => {
              if (dead) return hang();
              const after = { kill: false };
              let value: Awaited<ReturnType<typeof fn>>;
              try {
                value = await real.autocommit((ops) => fn(wrapOps(ops, after)));
              } catch (error) {
                if (dead) return hang();
                throw error;
              }
              return dead || after.kill ? hang() : value;
            },
          };
          const shell = Object.create(store) as Store;
          storeInternals.set(shell, { ...internals, backend });
          const handler = async (message: OutboxDelivery): Promise<void> => {
            if (dead || maybeKill('handler-before', 0.05)) return hang();
            if (random() < 0.05) throw new Error('transient failure before the effect');
            effects.set(message.idempotencyKey, (effects.get(message.idempotencyKey) ?? 0) + 1);
            if (maybeKill('handler-after', 0.05)) return hang();
          };
          const worker = createOutboxWorker({
            store: shell,
            handlers: { 'notifications.send': handler },
            batchSize: 5,
            leaseMs,
            maxAttempts: 1000,
            backoff: { initialMs: 10, maxMs: 10 },
            clock: time.clock,
            random,
          });
          return { worker, isDead: () => dead };
        };

        const delivered = async (): Promise<number> => (await store.outbox.list({ status: 'delivered', limit: 500 })).items.length;
        let incarnations = 0;
        while ((await delivered()) < total && incarnations < 200) {
          incarnations += 1;
          const { worker, isDead } = incarnation();
          for (let round = 0; round < 50 && !isDead(); round += 1) {
            const run = worker.runOnce();
            // A dead worker's round never finishes; stop waiting once it died.
            const outcome = await Promise.race([
              run,
              new Promise<'dead'>((resolve) => {
                const poll = setInterval(() => {
                  if (isDead()) {
                    clearInterval(poll);
                    resolve('dead');
                  }
                }, 2);
                void run.finally(() => clearInterval(poll)).catch(() => undefined);
              }),
            ]).catch((error: unknown) => error);
            if (outcome === 'dead') {
              abandoned.push(run.catch(() => undefined));
              break;
            }
            if ((outcome as OutboxRunResult).claimed === 0) time.advance(20); // let backed-off retries come due
          }
          // Its leases lapse; the next worker may take its messages.
          time.advance(leaseMs + 1);
        }

        expect(violations).toEqual([]);
        expect(await delivered()).toBe(total);
        for (let i = 0; i < total; i += 1) expect(effects.get(`m${i}`) ?? 0, `m${i}`).toBeGreaterThanOrEqual(1);
        // Every kind of death happened, and some led to a second delivery (at least once, not at most once).
        for (const point of KILL_POINTS) expect(hit.get(point) ?? 0, point).toBeGreaterThan(0);
        expect([...effects.values()].some((count) => count > 1)).toBe(true);
      } finally {
        shuttingDown = true;
        for (const reject of hangs.splice(0)) reject(new Error('killed'));
        await Promise.allSettled(abandoned);
        for (const reject of hangs.splice(0)) reject(new Error('killed'));
        await store.close();
      }
    }, 60_000);
  });
}
