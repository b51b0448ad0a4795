/**
 * Behaviour only the SQL adapters (PGlite and PostgreSQL) can show: what the
 * database itself refuses, and what `verifyAuditChain` catches when someone
 * with superuser rights edits the tables directly.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import type { AuditRow } from '../src/backend.js';
import { GENESIS_HASH, LEGACY_CHAIN_FORMAT, auditEntryHash } from '../src/hash.js';
import { sql, type BrickMigrations, type Store } from '../src/index.js';
import { MIGRATIONS_TABLE, STORAGE_MIGRATION_SQL } from '../src/sql/schema.js';
import { chainedAuditRow } from './support/audit.js';
import { rejection } from '../../../tests/support/rejection.js';

/** What the SQL suite needs from the adapter's test file. */
export interface SqlSuiteContext {
  /** A fresh, unused schema name. */
  newSchema(): string;
  /** A store on the given schema (fresh if absent). */
  createStore(options?: { readonly schema?: string; readonly migrations?: readonly BrickMigrations[] }): Promise<Store>;
  /** Runs statements in order in one session, as a superuser; returns the last statement's rows. */
  raw(statements: readonly string[], params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
}

/** An INSERT of one audit row with its values written out (they are test constants without quotes). */
function insertStatement(schema: string, row: AuditRow, options: { readonly withFormat?: boolean } = {}): string {
  const text = (value: string | null): string => (value === null ? 'null' : `'${value}'`);
  const withFormat = options.withFormat ?? true;
  return `insert into ${schema}.civic_audit (seq, id, ${withFormat ? 'format, ' : ''}at, actor, action, collection, record_id, fields, metadata, detail_digest, prev_hash, hash)
    values (${row.seq}, '${row.id}', ${withFormat ? `${row.format}, ` : ''}'${row.at}', '${row.actor}', '${row.action}', ${text(row.collection)}, ${text(row.recordId)},
      '${JSON.stringify(row.fields)}'::jsonb, '${JSON.stringify(row.metadata)}'::jsonb, ${text(row.detailDigest)}, '${row.prevHash}', '${row.hash}')`;
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

    /** Runs `body` on a freshly seeded store and closes the store after it, whatever happens. */
    async function withSeeded(body: (seed: { store: Store; schema: string }) => Promise<void>): Promise<void> {
      const seed = await seeded();
      try {
        await body(seed);
      } finally {
        await seed.store.close();
      }
    }

    // What a superuser can do: switch the triggers off for the session, then edit rows.
    const tamper = (schema: string, statements: readonly string[]): Promise<unknown> =>
      context().raw([
        'set session_replication_role = replica',
        ...statements.map((statement) => statement.replaceAll('$s', schema)),
        'set session_replication_role = default',
      ]);

    it('the database refuses UPDATE, DELETE and TRUNCATE on the audit log and resetting its head', async () => {
      await withSeeded(async ({ store, schema }) => {
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
      });
    });

    it('detects an entry altered in SQL', async () => {
      await withSeeded(async ({ store, schema }) => {
        await tamper(schema, [`update $s.civic_audit set actor = 'mallory' where seq = 2`]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'hash_mismatch', failedAt: 2, entries: 1 });
      });
      await withSeeded(async ({ store, schema }) => {
        await tamper(schema, [`update $s.civic_audit set metadata = '{"step":"case.reopened"}'::jsonb where seq = 3`]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'hash_mismatch', failedAt: 3 });
      });
    });

    it('detects an entry removed in SQL, from the middle or the end', async () => {
      await withSeeded(async ({ store, schema }) => {
        await tamper(schema, [
          `delete from $s.civic_audit_detail where entry_id = (select id from $s.civic_audit where seq = 2)`,
          `delete from $s.civic_audit where seq = 2`,
        ]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'missing_entry', failedAt: 2 });
      });
      await withSeeded(async ({ store, schema }) => {
        await tamper(schema, [
          `delete from $s.civic_audit_detail where entry_id = (select id from $s.civic_audit where seq = 4)`,
          `delete from $s.civic_audit where seq = 4`,
        ]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'head_mismatch', failedAt: 4 });
      });
    });

    it('detects entries reordered in SQL', async () => {
      await withSeeded(async ({ store, schema }) => {
        await tamper(schema, [
          'update $s.civic_audit set seq = 1000 where seq = 2',
          'update $s.civic_audit set seq = 2 where seq = 3',
          'update $s.civic_audit set seq = 3 where seq = 1000',
        ]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'broken_link', failedAt: 2 });
      });
    });

    it('detects before/after detail altered or removed without an erasure', async () => {
      await withSeeded(async ({ store, schema }) => {
        await context().raw([
          `update ${schema}.civic_audit_detail set detail = '{"before":{"status":"forged"}}'::jsonb where entry_id = (select id from ${schema}.civic_audit where seq = 3)`,
        ]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'detail_mismatch', failedAt: 3 });
      });
      await withSeeded(async ({ store, schema }) => {
        await context().raw([
          `delete from ${schema}.civic_audit_detail where entry_id = (select id from ${schema}.civic_audit where seq = 1)`,
        ]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'detail_missing', failedAt: 1 });
      });
    });

    // One case per column of the three audit tables; the last test checks that none is left out.
    const columnTampering: readonly { table: string; column: string; statements: readonly string[]; reason: string; failedAt: number }[] = [
      {
        table: 'civic_audit',
        column: 'seq',
        statements: ['update $s.civic_audit set seq = 9 where seq = 4'],
        reason: 'head_mismatch',
        failedAt: 4,
      },
      ...(
        [
          ['id', 'gen_random_uuid()'],
          ['format', '1'],
          ['at', `at + interval '1 microsecond'`],
          ['actor', `'mallory'`],
          ['action', `'case.reopened'`],
          ['collection', `'cases.other'`],
          ['record_id', `'c9'`],
          ['fields', `'["status"]'::jsonb`],
          ['metadata', `'{"step":"case.forged"}'::jsonb`],
          ['detail_digest', `repeat('a', 64)`],
          ['hash', `repeat('e', 64)`],
        ] as const
      ).map(([column, value]) => ({
        table: 'civic_audit',
        column,
        statements: [`update $s.civic_audit set ${column} = ${value} where seq = 2`],
        reason: 'hash_mismatch',
        failedAt: 2,
      })),
      {
        table: 'civic_audit',
        column: 'prev_hash',
        statements: [`update $s.civic_audit set prev_hash = repeat('f', 64) where seq = 2`],
        reason: 'broken_link',
        failedAt: 2,
      },
      {
        table: 'civic_audit_detail',
        column: 'entry_id',
        statements: [
          'update $s.civic_audit_detail set entry_id = gen_random_uuid() where entry_id = (select id from $s.civic_audit where seq = 2)',
        ],
        reason: 'detail_missing',
        failedAt: 2,
      },
      ...(
        [
          ['collection', `'cases.other'`],
          ['record_id', `'c9'`],
          ['salt', `repeat('0', 32)`],
          ['detail', `'{"before":{"status":"forged"}}'::jsonb`],
        ] as const
      ).map(([column, value]) => ({
        table: 'civic_audit_detail',
        column,
        statements: [
          `update $s.civic_audit_detail set ${column} = ${value} where entry_id = (select id from $s.civic_audit where seq = 2)`,
        ],
        reason: 'detail_mismatch',
        failedAt: 2,
      })),
      {
        table: 'civic_audit_head',
        column: 'seq',
        statements: ['update $s.civic_audit_head set seq = 3'],
        reason: 'head_mismatch',
        failedAt: 4,
      },
      {
        table: 'civic_audit_head',
        column: 'hash',
        statements: [`update $s.civic_audit_head set hash = repeat('d', 64)`],
        reason: 'head_mismatch',
        failedAt: 5,
      },
    ];

    it.each(columnTampering)('detects $table.$column changed in SQL', async ({ statements, reason, failedAt }) => {
      await withSeeded(async ({ store, schema }) => {
        await tamper(schema, statements);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason, failedAt });
      });
    });

    it('has a tampering case for every column of the audit tables', async () => {
      await withSeeded(async ({ schema }) => {
        const columns = await context().raw([
          `select table_name || '.' || column_name as name from information_schema.columns
             where table_schema = '${schema}' and table_name in ('civic_audit', 'civic_audit_detail', 'civic_audit_head') and column_name <> 'id'
             or table_schema = '${schema}' and table_name = 'civic_audit' and column_name = 'id'
           order by 1`,
        ]);
        const covered = new Set(columnTampering.map(({ table, column }) => `${table}.${column}`));
        // The head's `id` is the constant 1 its check constraint allows: there is nothing to change it to.
        expect(columns.map((row) => String(row['name'])).filter((name) => !covered.has(name))).toEqual([]);
      });
    });

    it('refuses, in the database, an entry that does not follow the head, and any move of the head without one', async () => {
      await withSeeded(async ({ store, schema }) => {
        const head = await store.audit.head();
        const follows = await chainedAuditRow({ seq: head.seq + 1, prevHash: head.hash });
        for (const [label, row] of [
          ['a gap after the head', { ...follows, seq: head.seq + 2 }],
          ['a wrong previous hash', { ...follows, prevHash: 'f'.repeat(64) }],
          ['the legacy format', { ...follows, format: 1 }],
        ] as const) {
          const error = await rejection(context().raw([insertStatement(schema, row)]));
          expect((error as { code?: string }).code, label).toBe('CBA02');
        }
        for (const statement of [
          `update ${schema}.civic_audit_head set seq = seq + 1, hash = '${follows.hash}'`,
          `update ${schema}.civic_audit_head set hash = '${follows.hash}'`,
        ]) {
          const error = await rejection(context().raw([statement]));
          expect((error as { code?: string }).code, statement).toBe('CBA01');
        }
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 4 });
        // An entry that does follow the head is taken, and moves the head with it.
        await context().raw([insertStatement(schema, follows)]);
        expect(await store.audit.head()).toEqual({ seq: 5, hash: follows.hash });
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 5 });
      });
    });

    it('detects an entry slipped in after the head, leaves it out of list(), and refuses to append past it', async () => {
      await withSeeded(async ({ store, schema }) => {
        const head = await store.audit.head();
        const forged = await chainedAuditRow({ seq: head.seq + 1, prevHash: head.hash });
        await tamper(schema, [insertStatement(schema, forged)]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'entry_after_head', failedAt: 5, entries: 4 });
        expect(await store.verifyAuditChain({ expectedHead: head })).toMatchObject({ ok: false, reason: 'entry_after_head' });
        expect((await store.audit.list()).map((entry) => entry.seq)).toEqual([1, 2, 3, 4]);
        const error = await rejection(store.audit.append({ actor: 'staff:1', action: 'case.noted' }));
        expect((error as { code?: string }).code).toBe('storage.audit_tampered');
        expect(await store.audit.head()).toEqual(head);
      });
    });

    it('erasure still finds a detail row moved to another record, and verification reports the move', async () => {
      await withSeeded(async ({ store, schema }) => {
        await context().raw([
          `update ${schema}.civic_audit_detail set record_id = 'c9' where entry_id in (select id from ${schema}.civic_audit where seq in (1, 3))`,
        ]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'detail_mismatch', failedAt: 1 });
        const erased = await store.collection('cases.case', z.object({})).erase('c1', { actor: 'dpo:1' });
        expect(erased.auditDetailsErased).toBe(4);
        expect(await context().raw([`select count(*)::int as n from ${schema}.civic_audit_detail`])).toEqual([{ n: 0 }]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 5 });
      });
    });

    it('upgrades a chain written by the first layout: old entries still verify and any change to them is still seen', async () => {
      const ctx = context();
      const schema = ctx.newSchema();
      // Storage migrations 1 to 3 as the previous release ran them, then three entries as it wrote them:
      // the head moved first, `at` to the millisecond, hashed in format 1.
      await ctx.raw([
        `create schema ${schema}`,
        `set search_path to ${schema}`,
        MIGRATIONS_TABLE,
        ...[1, 2, 3].flatMap((version) => STORAGE_MIGRATION_SQL[version] ?? []),
        `insert into civic_migrations (brick, version, name) values ('storage', 1, 'records'), ('storage', 2, 'audit-log'), ('storage', 3, 'outbox')`,
        'set search_path to default',
      ]);
      let prevHash = GENESIS_HASH;
      for (let seq = 1; seq <= 3; seq += 1) {
        const fields = {
          seq,
          id: randomUUID(),
          format: LEGACY_CHAIN_FORMAT,
          at: `2029-12-31T23:59:5${seq}.12${seq}000Z`,
          actor: 'staff:1',
          action: 'case.noted',
          collection: 'cases.case',
          recordId: 'c1',
          fields: ['status'],
          metadata: { seq },
          detailDigest: null,
          prevHash,
        };
        const hash = await auditEntryHash(fields);
        await ctx.raw([
          `update ${schema}.civic_audit_head set seq = ${seq}, hash = '${hash}'`,
          insertStatement(schema, { ...fields, hash }, { withFormat: false }),
        ]);
        prevHash = hash;
      }
      const store = await ctx.createStore({ schema });
      try {
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 3, head: { seq: 3, hash: prevHash } });
        const next = await store.audit.append({ actor: 'staff:2', action: 'case.closed', collection: 'cases.case', recordId: 'c1' });
        expect(next).toMatchObject({ seq: 4, prevHash });
        expect(await store.verifyAuditChain()).toMatchObject({ ok: true, entries: 4 });
        expect(await ctx.raw([`select format from ${schema}.civic_audit order by seq`])).toEqual([
          { format: 1 },
          { format: 1 },
          { format: 1 },
          { format: 2 },
        ]);
        await tamper(schema, [`update $s.civic_audit set at = at + interval '1 microsecond' where seq = 2`]);
        expect(await store.verifyAuditChain()).toMatchObject({ ok: false, reason: 'hash_mismatch', failedAt: 2 });
      } finally {
        await store.close();
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
          { brick: 'storage', version: 4, name: 'audit-follows-head' },
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
