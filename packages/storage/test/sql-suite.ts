/**
 * Behaviour only the SQL adapters (PGlite and PostgreSQL) can show: what the
 * database itself refuses, and what `verifyAuditChain` catches when someone
 * with superuser rights edits the tables directly.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sql, type BrickMigrations, type Store } from '../src/index.js';

/** What the SQL suite needs from the adapter's test file. */
export interface SqlSuiteContext {
  /** A fresh, unused schema name. */
  newSchema(): string;
  /** A store on the given schema (fresh if absent). */
  createStore(options?: { readonly schema?: string; readonly migrations?: readonly BrickMigrations[] }): Promise<Store>;
  /** Runs statements in order in one session, as a superuser; returns the last statement's rows. */
  raw(statements: readonly string[], params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** Registers the SQL-only suite; `context` is read lazily, after the file's setup ran. */
export function runSqlStorageSuite(name: string, context: () => SqlSuiteContext): void {
  describe(`SQL storage: ${name}`, () => {
    async function seeded(): Promise<{ store: Store; schema: string }> {
      const ctx = context();
      const schema = ctx.newSchema();
      const store = await ctx.createStore({ schema });
      for (const action of ['case.opened', 'case.assigned', 'case.noted', 'case.closed']) {
        await store.audit.append({
          actor: 'staff:1',
          action,
          collection: 'cases.case',
          recordId: 'c1',
          metadata: { step: action },
          before: { status: 'open' },
          after: { status: action },
        });
      }
      expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 4 });
      return { store, schema };
    }

    // What a superuser can do: switch the triggers off for the session, then edit rows.
    const tamper = (schema: string, statements: readonly string[]): Promise<unknown> =>
      context().raw([
        'set session_replication_role = replica',
        ...statements.map((statement) => statement.replaceAll('$s', schema)),
        'set session_replication_role = default',
      ]);

    it('the database refuses UPDATE, DELETE and TRUNCATE on the audit log and resetting its head', async () => {
      const { store, schema } = await seeded();
      try {
        for (const statement of [
          `update ${schema}.civic_audit set actor = 'mallory' where seq = 2`,
          `delete from ${schema}.civic_audit where seq = 4`,
          `truncate ${schema}.civic_audit cascade`,
          `update ${schema}.civic_audit_head set seq = 0`,
          `delete from ${schema}.civic_audit_head`,
          `truncate ${schema}.civic_audit_head`,
        ]) {
          const error = await rejection(context().raw([statement]));
          expect((error as { code?: string }).code, statement).toBe('CBA01');
        }
        const plainTruncate = await rejection(context().raw([`truncate ${schema}.civic_audit`]));
        expect(plainTruncate).toBeInstanceOf(Error);
        const rows = await context().raw([`select count(*)::int as n from ${schema}.civic_audit`]);
        expect(rows[0]?.['n']).toBe(4);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 4 });
      } finally {
        await store.close();
      }
    });

    it('detects an entry altered in SQL', async () => {
      const { store, schema } = await seeded();
      try {
        await tamper(schema, [`update $s.civic_audit set actor = 'mallory' where seq = 2`]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'hash_mismatch', failedAt: 2, entries: 1 });
      } finally {
        await store.close();
      }
      const second = await seeded();
      try {
        await tamper(second.schema, [`update $s.civic_audit set metadata = '{"step":"case.reopened"}'::jsonb where seq = 3`]);
        expect(await second.store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'hash_mismatch', failedAt: 3 });
      } finally {
        await second.store.close();
      }
    });

    it('detects an entry removed in SQL, from the middle or the end', async () => {
      const { store, schema } = await seeded();
      try {
        await tamper(schema, [
          `delete from $s.civic_audit_detail where entry_id = (select id from $s.civic_audit where seq = 2)`,
          `delete from $s.civic_audit where seq = 2`,
        ]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'missing_entry', failedAt: 2 });
      } finally {
        await store.close();
      }
      const tail = await seeded();
      try {
        await tamper(tail.schema, [
          `delete from $s.civic_audit_detail where entry_id = (select id from $s.civic_audit where seq = 4)`,
          `delete from $s.civic_audit where seq = 4`,
        ]);
        expect(await tail.store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'head_mismatch', failedAt: 4 });
      } finally {
        await tail.store.close();
      }
    });

    it('detects entries reordered in SQL', async () => {
      const { store, schema } = await seeded();
      try {
        await tamper(schema, [
          'update $s.civic_audit set seq = 1000 where seq = 2',
          'update $s.civic_audit set seq = 2 where seq = 3',
          'update $s.civic_audit set seq = 3 where seq = 1000',
        ]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'broken_link', failedAt: 2 });
      } finally {
        await store.close();
      }
    });

    it('detects before/after detail altered or removed without an erasure', async () => {
      const { store, schema } = await seeded();
      try {
        await context().raw([
          `update ${schema}.civic_audit_detail set detail = '{"before":{"status":"forged"}}'::jsonb where entry_id = (select id from ${schema}.civic_audit where seq = 3)`,
        ]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'detail_mismatch', failedAt: 3 });
      } finally {
        await store.close();
      }
      const second = await seeded();
      try {
        await context().raw([
          `delete from ${second.schema}.civic_audit_detail where entry_id = (select id from ${second.schema}.civic_audit where seq = 1)`,
        ]);
        expect(await second.store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'detail_missing', failedAt: 1 });
      } finally {
        await second.store.close();
      }
    });

    it('erasure removes the person’s data from every table and the chain still verifies', async () => {
      const ctx = context();
      const schema = ctx.newSchema();
      const store = await ctx.createStore({ schema });
      try {
        const people = store.collection('people.person', z.object({ name: z.string() }));
        const person = await people.insert({ name: 'Katherine Johnson' });
        await store.audit.append({
          actor: 'staff:1',
          action: 'person.created',
          collection: 'people.person',
          recordId: person.id,
          after: person.data,
        });
        await people.erase(person.id, { actor: 'dpo:1' });
        for (const table of ['civic_records', 'civic_audit', 'civic_audit_detail', 'civic_outbox']) {
          const rows = await ctx.raw([`select count(*)::int as n from ${schema}.${table} t where t::text like '%Katherine%'`]);
          expect(rows[0]?.['n'], table).toBe(0);
        }
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 2 });
      } finally {
        await store.close();
      }
    });

    it('keeps migrations in a table whose key makes a racing duplicate fail safe', async () => {
      const ctx = context();
      const schema = ctx.newSchema();
      const store = await ctx.createStore({ schema });
      try {
        const rows = await ctx.raw([`select brick, version, name from ${schema}.civic_migrations order by brick, version`]);
        expect(rows).toEqual([
          { brick: 'storage', version: 1, name: 'records' },
          { brick: 'storage', version: 2, name: 'audit-log' },
          { brick: 'storage', version: 3, name: 'outbox' },
        ]);
        const error = await rejection(
          ctx.raw([`insert into ${schema}.civic_migrations (brick, version, name) values ('storage', 2, 'audit-log')`]),
        );
        expect((error as { code?: string }).code).toBe('23505');
      } finally {
        await store.close();
      }
    });

    it('rolls everything back when a statement fails and the caller swallows the error', async () => {
      const ctx = context();
      const schema = ctx.newSchema();
      const store = await ctx.createStore({ schema });
      try {
        const seen: string[] = [];
        const group: BrickMigrations = {
          brick: 'cases',
          migrations: [
            {
              version: 1,
              name: 'careless',
              up: async ({ sql: runner, tx }) => {
                await tx.collection('cases.meta', z.object({ n: z.number() })).insert({ n: 1 }, { id: 'before' });
                try {
                  await runner?.execute(sql`select 1 / ${0}::int as boom`);
                } catch (error) {
                  seen.push((error as { code: string }).code);
                }
                await tx.collection('cases.meta', z.object({ n: z.number() })).insert({ n: 2 }, { id: 'after' });
              },
            },
          ],
        };
        const error = await rejection(store.migrate(group));
        expect(seen).toEqual(['storage.database_error']);
        expect((error as { code: string }).code).toBe('storage.transaction_aborted');
        expect(await store.collection('cases.meta', z.object({ n: z.number() })).get('before')).toBeUndefined();
        expect(await ctx.raw([`select count(*)::int as n from ${schema}.civic_migrations where brick = 'cases'`])).toEqual([{ n: 0 }]);
      } finally {
        await store.close();
      }
    });

    it('runs SQL migrations in the store’s schema, once across restarts', async () => {
      const ctx = context();
      const schema = ctx.newSchema();
      let runs = 0;
      const group: BrickMigrations = {
        brick: 'cases',
        migrations: [
          {
            version: 1,
            name: 'status-index',
            up: async ({ sql: runner, adapter }) => {
              runs += 1;
              expect(adapter).not.toBe('memory');
              await runner?.execute(sql`create index cases_status on civic_records ((data ->> 'status')) where collection = 'cases.case'`);
              const found = await runner?.execute(
                sql<{ n: number }>`select count(*)::int as n from civic_records where collection = ${'cases.case'}`,
              );
              expect(found?.[0]?.n).toBe(0);
            },
          },
        ],
      };
      const first = await ctx.createStore({ schema, migrations: [group] });
      await first.close();
      const second = await ctx.createStore({ schema, migrations: [group] });
      try {
        expect(runs).toBe(1);
        const indexes = await ctx.raw([`select indexname from pg_indexes where schemaname = '${schema}' and indexname = 'cases_status'`]);
        expect(indexes).toHaveLength(1);
        await second.collection('cases.case', z.object({ status: z.string() })).insert({ status: 'open' });
        const stored = await ctx.raw([`select data ->> 'status' as status, jsonb_typeof(data) as kind from ${schema}.civic_records`]);
        expect(stored).toEqual([{ status: 'open', kind: 'object' }]);
      } finally {
        await second.close();
      }
    });
  });
}
