/**
 * The SQL backend shared by PGlite and PostgreSQL: one set of Kysely queries,
 * two dialects. Every value travels as a bound parameter; the only
 * identifiers written into SQL are the store's schema name (validated, then
 * quoted by Kysely) and constant table names.
 */
import { isCivicError } from '@civicbricks/core';
import { sql, type ColumnType, type Kysely, type RawBuilder, type Transaction as KyselyTransaction } from 'kysely';
import type {
  AuditDetailRow,
  AuditRow,
  AuditRowWithDetail,
  Backend,
  BackendOps,
  ClaimOutboxQuery,
  ListAuditQuery,
  ListOutboxQuery,
  ListRecordsQuery,
  MigrationStep,
  NewOutboxRow,
  OutboxRow,
  OutboxSettlement,
  RecordRow,
} from '../backend.js';
import { AUDIT_OFF_CHAIN_SQLSTATE, mapDatabaseError } from '../errors.js';
import type { JsonObject, JsonValue } from '../json.js';
import { pendingMigrations } from '../migrations.js';
import type { AdapterName, OutboxStatus, SqlRunner } from '../types.js';
import type { FindPlan, IndexSpec } from '../query.js';
import { createIndexStatement, createStatisticsStatement, orderBySql, whereSql } from './query.js';
import { MIGRATIONS_TABLE } from './schema.js';

type Json = ColumnType<unknown, RawBuilder<unknown>, RawBuilder<unknown>>;
type Int8 = ColumnType<string | number, never, never>;
type Stamp = ColumnType<Date, Date, Date>;

/** Kysely's view of the storage tables. */
export interface StorageDatabase {
  civic_migrations: { brick: string; version: number; name: string; applied_at: ColumnType<Date, Date | undefined, never> };
  civic_records: { collection: string; id: string; seq: Int8; version: number; data: Json; created_at: Stamp; updated_at: Stamp };
  civic_audit: {
    seq: ColumnType<string | number, number, never>;
    id: string;
    format: number;
    at: ColumnType<Date, RawBuilder<unknown>, never>;
    actor: string;
    action: string;
    collection: string | null;
    record_id: string | null;
    fields: Json;
    metadata: Json;
    detail_digest: string | null;
    prev_hash: string;
    hash: string;
  };
  civic_audit_detail: { entry_id: string; collection: string | null; record_id: string | null; salt: string; detail: Json };
  civic_audit_head: { id: number; seq: ColumnType<string | number, number, number>; hash: string };
  civic_outbox: {
    id: string;
    seq: Int8;
    topic: string;
    payload: Json;
    idempotency_key: string;
    status: OutboxStatus;
    attempts: number;
    available_at: Stamp;
    locked_until: ColumnType<Date | null, Date | null, Date | null>;
    lease_token: string | null;
    last_error: string | null;
    created_at: Stamp;
    updated_at: Stamp;
    delivered_at: ColumnType<Date | null, Date | null, Date | null>;
  };
}

type Db = Kysely<StorageDatabase>;

/** JSON goes in as text and is cast, so neither driver guesses at its type. */
function jsonb(value: JsonValue): RawBuilder<unknown> {
  return sql<unknown>`cast(cast(${JSON.stringify(value)} as text) as jsonb)`;
}

function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

function asDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : asDate(value);
}

function recordRow(row: Record<string, unknown>): RecordRow {
  return {
    collection: String(row['collection']),
    id: String(row['id']),
    seq: Number(row['seq']),
    version: Number(row['version']),
    data: row['data'] as JsonValue,
    createdAt: asDate(row['created_at']),
    updatedAt: asDate(row['updated_at']),
  };
}

function auditRow(row: Record<string, unknown>): AuditRowWithDetail {
  const entry: AuditRow = {
    seq: Number(row['seq']),
    id: String(row['id']),
    format: Number(row['format']),
    at: String(row['at_micros']),
    actor: String(row['actor']),
    action: String(row['action']),
    collection: (row['collection'] as string | null) ?? null,
    recordId: (row['record_id'] as string | null) ?? null,
    fields: row['fields'] as string[],
    metadata: row['metadata'] as JsonObject,
    detailDigest: (row['detail_digest'] as string | null) ?? null,
    prevHash: String(row['prev_hash']),
    hash: String(row['hash']),
  };
  const salt = row['detail_salt'];
  const detail: AuditDetailRow | undefined =
    typeof salt === 'string'
      ? {
          entryId: entry.id,
          collection: (row['detail_collection'] as string | null) ?? null,
          recordId: (row['detail_record_id'] as string | null) ?? null,
          salt,
          detail: row['detail_body'] as JsonObject,
        }
      : undefined;
  return { entry, detail };
}

function outboxRow(row: Record<string, unknown>): OutboxRow {
  return {
    id: String(row['id']),
    seq: Number(row['seq']),
    topic: String(row['topic']),
    payload: row['payload'] as JsonValue,
    idempotencyKey: String(row['idempotency_key']),
    status: row['status'] as OutboxStatus,
    attempts: Number(row['attempts']),
    availableAt: asDate(row['available_at']),
    lockedUntil: asDateOrNull(row['locked_until']),
    leaseToken: (row['lease_token'] as string | null) ?? null,
    lastError: (row['last_error'] as string | null) ?? null,
    createdAt: asDate(row['created_at']),
    updatedAt: asDate(row['updated_at']),
    deliveredAt: asDateOrNull(row['delivered_at']),
  };
}

async function guarded<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw mapDatabaseError(error);
  }
}

class SqlOps implements BackendOps {
  readonly #db: Db;
  readonly #schema: string;
  readonly #multiConnection: boolean;
  readonly #inTransaction: boolean;

  constructor(db: Db, schema: string, multiConnection: boolean, inTransaction: boolean) {
    this.#db = db;
    this.#schema = schema;
    this.#multiConnection = multiConnection;
    this.#inTransaction = inTransaction;
  }

  async getRecord(collection: string, id: string): Promise<RecordRow | undefined> {
    const row = await guarded(
      this.#db.selectFrom('civic_records').selectAll().where('collection', '=', collection).where('id', '=', id).executeTakeFirst(),
    );
    return row ? recordRow(row) : undefined;
  }

  async insertRecord(collection: string, id: string, data: JsonValue, now: Date): Promise<RecordRow | undefined> {
    const row = await guarded(
      this.#db
        .insertInto('civic_records')
        .values({ collection, id, version: 1, data: jsonb(data), created_at: now, updated_at: now })
        .onConflict((oc) => oc.columns(['collection', 'id']).doNothing())
        .returningAll()
        .executeTakeFirst(),
    );
    return row ? recordRow(row) : undefined;
  }

  async updateRecord(collection: string, id: string, expectedVersion: number, data: JsonValue, now: Date): Promise<RecordRow | undefined> {
    // The optimistic check: only the writer who read this version can move it on.
    const row = await guarded(
      this.#db
        .updateTable('civic_records')
        .set({ data: jsonb(data), version: sql<number>`version + 1`, updated_at: now })
        .where('collection', '=', collection)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst(),
    );
    return row ? recordRow(row) : undefined;
  }

  async deleteRecord(collection: string, id: string, expectedVersion: number): Promise<boolean> {
    const result = await guarded(
      this.#db
        .deleteFrom('civic_records')
        .where('collection', '=', collection)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst(),
    );
    return result.numDeletedRows > 0n;
  }

  async eraseRecord(collection: string, id: string): Promise<{ recordErased: boolean; auditDetailsErased: number }> {
    const record = await guarded(
      this.#db.deleteFrom('civic_records').where('collection', '=', collection).where('id', '=', id).executeTakeFirst(),
    );
    // By the chained entry's record as well as the detail's own copy, so a detail row moved to another record is still found.
    const details = await guarded(
      this.#db
        .deleteFrom('civic_audit_detail')
        .where((eb) =>
          eb.or([
            eb.and([eb('collection', '=', collection), eb('record_id', '=', id)]),
            eb(
              'entry_id',
              'in',
              eb.selectFrom('civic_audit').select('id').where('collection', '=', collection).where('record_id', '=', id),
            ),
          ]),
        )
        .executeTakeFirst(),
    );
    return { recordErased: record.numDeletedRows > 0n, auditDetailsErased: Number(details.numDeletedRows) };
  }

  async listRecords(collection: string, query: ListRecordsQuery): Promise<readonly RecordRow[]> {
    let builder = this.#db.selectFrom('civic_records').selectAll().where('collection', '=', collection);
    for (const [field, value] of Object.entries(query.where)) {
      // `->` with a text key and jsonb equality: the same meaning as the memory adapter's ===.
      builder = builder.where(sql<boolean>`data -> cast(${field} as text) = ${jsonb(value)}`);
    }
    if (query.afterSeq !== undefined) builder = builder.where('seq', query.order === 'asc' ? '>' : '<', query.afterSeq as never);
    const rows = await guarded(builder.orderBy('seq', query.order).limit(query.limit).execute());
    return rows.map(recordRow);
  }

  async getRecords(collection: string, ids: readonly string[]): Promise<readonly RecordRow[]> {
    if (ids.length === 0) return [];
    const rows = await guarded(
      this.#db
        .selectFrom('civic_records')
        .selectAll()
        .where('collection', '=', collection)
        .where(sql<boolean>`id = any(${[...new Set(ids)]})`)
        .execute(),
    );
    return rows.map(recordRow);
  }

  async ensureIndexes(collection: string, specs: readonly IndexSpec[]): Promise<readonly string[]> {
    if (specs.length === 0) return [];
    const found = await guarded(
      sql<{ relname: string }>`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ${this.#schema} and c.relname = any(${specs.map((spec) => spec.name)})`.execute(this.#db),
    );
    const existing = new Set(found.rows.map((row) => row.relname));
    const created: string[] = [];
    const ignoringRace = async (statement: RawBuilder<unknown>): Promise<boolean> => {
      try {
        await statement.execute(this.#db);
        return true;
      } catch (error) {
        // Another process created it between our look and our create: it exists, which is all that was asked.
        const code = (error as { code?: unknown }).code;
        if (code !== '23505' && code !== '42P07' && code !== '42710') throw mapDatabaseError(error);
        return false;
      }
    };
    for (const spec of specs) {
      if (existing.has(spec.name)) continue;
      if (await ignoringRace(createIndexStatement(this.#schema, collection, spec))) created.push(spec.name);
      const [field] = spec.fields;
      if (spec.fields.length === 1 && field !== undefined) {
        await ignoringRace(createStatisticsStatement(this.#schema, spec.name.replace('civic_q_', 'civic_s_'), field));
      }
    }
    // New statistics are empty until the table is analysed (PGlite has no autovacuum to do it later).
    if (created.length > 0) await guarded(sql`analyze ${sql.id(this.#schema, 'civic_records')}`.execute(this.#db));
    return created;
  }

  async findRecords(collection: string, plan: FindPlan): Promise<{ readonly rows: readonly RecordRow[]; readonly total: number }> {
    const where = whereSql(collection, plan);
    // The total rides on the page (`count(*) over ()`), so the matching rows are read once, not once for the
    // page and again for a separate count: at thousands of matches that read is most of the time.
    const rows = await guarded(
      this.#db
        .selectFrom('civic_records')
        .selectAll()
        .select(sql<string>`count(*) over ()`.as('civic_total'))
        .where(where)
        .orderBy(orderBySql(plan))
        .limit(plan.limit)
        .offset(plan.offset)
        .execute(),
    );
    const first = rows[0];
    // Only a page past the end needs a count of its own.
    const total =
      first !== undefined
        ? Number(first.civic_total)
        : plan.offset === 0
          ? 0
          : Number(
              (
                await guarded(
                  this.#db
                    .selectFrom('civic_records')
                    .select(sql<string>`count(*)`.as('n'))
                    .where(where)
                    .executeTakeFirstOrThrow(),
                )
              ).n,
            );
    return { rows: rows.map(recordRow), total };
  }

  async readAuditHead(): Promise<{ seq: number; hash: string }> {
    const row = await guarded(this.#db.selectFrom('civic_audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst());
    if (!row) throw new Error('civic_audit_head has no row: the storage migrations did not run');
    return { seq: Number(row.seq), hash: row.hash };
  }

  async insertAuditEntries(entries: readonly AuditRow[], details: readonly AuditDetailRow[]): Promise<boolean> {
    if (!this.#inTransaction) throw new Error('audit entries are only appended inside a transaction');
    if (entries.length > 0) {
      // The trigger moves the head with each row, or refuses the row if it does not follow the head.
      // A savepoint keeps that refusal from aborting the caller's transaction, so the caller can relink.
      await guarded(sql`savepoint civic_audit_link`.execute(this.#db));
      try {
        await this.#db
          .insertInto('civic_audit')
          .values(
            entries.map((entry) => ({
              seq: entry.seq,
              id: entry.id,
              format: entry.format,
              at: sql`cast(${entry.at} as timestamptz)`,
              actor: entry.actor,
              action: entry.action,
              collection: entry.collection,
              record_id: entry.recordId,
              fields: jsonb([...entry.fields]),
              metadata: jsonb(entry.metadata),
              detail_digest: entry.detailDigest,
              prev_hash: entry.prevHash,
              hash: entry.hash,
            })),
          )
          .execute();
      } catch (error) {
        await guarded(sql`rollback to savepoint civic_audit_link`.execute(this.#db));
        if ((error as { code?: unknown }).code === AUDIT_OFF_CHAIN_SQLSTATE) return false;
        throw mapDatabaseError(error);
      }
      await guarded(sql`release savepoint civic_audit_link`.execute(this.#db));
    }
    if (details.length > 0) {
      await guarded(
        this.#db
          .insertInto('civic_audit_detail')
          .values(
            details.map((detail) => ({
              entry_id: detail.entryId,
              collection: detail.collection,
              record_id: detail.recordId,
              salt: detail.salt,
              detail: jsonb(detail.detail),
            })),
          )
          .execute(),
      );
    }
    return true;
  }

  async listAudit(query: ListAuditQuery): Promise<readonly AuditRowWithDetail[]> {
    let builder = this.#db
      .selectFrom('civic_audit as a')
      .leftJoin('civic_audit_detail as d', 'd.entry_id', 'a.id')
      .selectAll('a')
      .select([
        // What is stored, to the microsecond: a Date would drop the last three digits and hide a change in them.
        sql<string>`to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('at_micros'),
        'd.salt as detail_salt',
        'd.detail as detail_body',
        'd.collection as detail_collection',
        'd.record_id as detail_record_id',
      ])
      .where('a.seq', '>', query.afterSeq as never);
    if (query.maxSeq !== undefined) builder = builder.where('a.seq', '<=', query.maxSeq as never);
    if (query.collection !== undefined) builder = builder.where('a.collection', '=', query.collection);
    if (query.recordId !== undefined) builder = builder.where('a.record_id', '=', query.recordId);
    if (query.actor !== undefined) builder = builder.where('a.actor', '=', query.actor);
    const rows = await guarded(builder.orderBy('a.seq').limit(query.limit).execute());
    return rows.map((row) => auditRow(row as Record<string, unknown>));
  }

  async enqueueOutbox(row: NewOutboxRow): Promise<{ row: OutboxRow; created: boolean }> {
    const inserted = await guarded(
      this.#db
        .insertInto('civic_outbox')
        .values({
          id: row.id,
          topic: row.topic,
          payload: jsonb(row.payload),
          idempotency_key: row.idempotencyKey,
          status: 'pending',
          attempts: 0,
          available_at: row.availableAt,
          locked_until: null,
          lease_token: null,
          last_error: null,
          created_at: row.now,
          updated_at: row.now,
          delivered_at: null,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returningAll()
        .executeTakeFirst(),
    );
    if (inserted) return { row: outboxRow(inserted), created: true };
    const existing = await guarded(
      this.#db.selectFrom('civic_outbox').selectAll().where('idempotency_key', '=', row.idempotencyKey).executeTakeFirstOrThrow(),
    );
    return { row: outboxRow(existing), created: false };
  }

  async getOutbox(id: string): Promise<OutboxRow | undefined> {
    const row = await guarded(this.#db.selectFrom('civic_outbox').selectAll().where('id', '=', id).executeTakeFirst());
    return row ? outboxRow(row) : undefined;
  }

  async listOutbox(query: ListOutboxQuery): Promise<readonly OutboxRow[]> {
    let builder = this.#db.selectFrom('civic_outbox').selectAll();
    if (query.status !== undefined) builder = builder.where('status', '=', query.status);
    if (query.topic !== undefined) builder = builder.where('topic', '=', query.topic);
    if (query.afterSeq !== undefined) builder = builder.where('seq', '>', query.afterSeq as never);
    const rows = await guarded(builder.orderBy('seq').limit(query.limit).execute());
    return rows.map(outboxRow);
  }

  async claimOutbox(query: ClaimOutboxQuery): Promise<readonly OutboxRow[]> {
    if (query.topics.length === 0) return [];
    const leaseFree = sql<boolean>`(locked_until is null or locked_until <= ${query.now})`;
    let candidates = this.#db
      .selectFrom('civic_outbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('topic', 'in', [...query.topics])
      .where('available_at', '<=', query.now)
      .where(leaseFree)
      .orderBy('available_at')
      .orderBy('seq')
      .limit(query.limit);
    // SKIP LOCKED only saves several PostgreSQL workers from queueing behind one
    // another; what prevents a double claim is the lease condition repeated below,
    // which PostgreSQL re-checks on the latest row version before updating it.
    if (this.#multiConnection) candidates = candidates.forUpdate().skipLocked();
    const rows = await guarded(
      this.#db
        .updateTable('civic_outbox')
        .set({
          attempts: sql<number>`attempts + 1`,
          locked_until: query.lockedUntil,
          lease_token: query.leaseToken,
          updated_at: query.now,
        })
        // `= any(array(...))` runs the subquery once, as an init plan. With a plain
        // `in (...)` PostgreSQL may re-run it for each row it scans, and each run
        // skips the rows the earlier runs locked, so LIMIT stops limiting.
        .where(sql<boolean>`id = any(array(${candidates}))`)
        .where('status', '=', 'pending')
        .where(leaseFree)
        .returningAll()
        .execute(),
    );
    return rows.map(outboxRow).sort((a, b) => a.availableAt.getTime() - b.availableAt.getTime() || a.seq - b.seq);
  }

  async settleOutbox(id: string, leaseToken: string, settlement: OutboxSettlement): Promise<boolean> {
    const result = await guarded(
      this.#db
        .updateTable('civic_outbox')
        .set({
          status: settlement.status,
          ...(settlement.availableAt ? { available_at: settlement.availableAt } : {}),
          ...(settlement.lastError === undefined ? {} : { last_error: settlement.lastError }),
          ...(settlement.deliveredAt === undefined ? {} : { delivered_at: settlement.deliveredAt }),
          locked_until: null,
          lease_token: null,
          updated_at: settlement.now,
        })
        .where('id', '=', id)
        .where('lease_token', '=', leaseToken)
        .where('status', '=', 'pending')
        .executeTakeFirst(),
    );
    return result.numUpdatedRows === 1n;
  }

  async renewOutboxLeases(ids: readonly string[], leaseToken: string, lockedUntil: Date, now: Date): Promise<readonly string[]> {
    if (ids.length === 0) return [];
    const rows = await guarded(
      this.#db
        .updateTable('civic_outbox')
        .set({ locked_until: lockedUntil, updated_at: now })
        .where('id', 'in', [...ids])
        .where('lease_token', '=', leaseToken)
        .where('status', '=', 'pending')
        .returning('id')
        .execute(),
    );
    return rows.map((row) => row.id);
  }

  async retryOutbox(id: string, now: Date): Promise<OutboxRow | undefined> {
    const row = await guarded(
      this.#db
        .updateTable('civic_outbox')
        .set({ status: 'pending', attempts: 0, available_at: now, locked_until: null, lease_token: null, updated_at: now })
        .where('id', '=', id)
        .where('status', '=', 'dead')
        .returningAll()
        .executeTakeFirst(),
    );
    return row ? outboxRow(row) : undefined;
  }
}

const RETRYABLE_TRANSACTION_CODES = new Set(['storage.transaction_conflict', 'storage.audit_contention']);
const TRANSACTION_ATTEMPTS = 4;

export interface SqlBackendOptions {
  readonly adapter: Exclude<AdapterName, 'memory'>;
  readonly db: Db;
  /** Validated schema name. */
  readonly schema: string;
  readonly describe: string;
  readonly close: () => Promise<void>;
}

/** Backend over Kysely, for PGlite and PostgreSQL alike. */
export class SqlBackend implements Backend {
  readonly adapter: Exclude<AdapterName, 'memory'>;
  readonly #db: Db;
  readonly #scoped: Db;
  readonly #schema: string;
  readonly #describe: string;
  readonly #close: () => Promise<void>;

  constructor(options: SqlBackendOptions) {
    this.adapter = options.adapter;
    this.#db = options.db;
    this.#schema = options.schema;
    this.#scoped = options.db.withSchema(options.schema);
    this.#describe = options.describe;
    this.#close = options.close;
  }

  get #multiConnection(): boolean {
    return this.adapter === 'postgres';
  }

  autocommit<T>(fn: (ops: BackendOps) => Promise<T>): Promise<T> {
    return fn(new SqlOps(this.#scoped, this.#schema, this.#multiConnection, false));
  }

  async transaction<T>(fn: (ops: BackendOps) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.#db
          .transaction()
          .execute((trx) => fn(new SqlOps(trx.withSchema(this.#schema), this.#schema, this.#multiConnection, true)));
      } catch (error) {
        const mapped = mapDatabaseError(error);
        if (isCivicError(mapped) && RETRYABLE_TRANSACTION_CODES.has(mapped.code) && attempt < TRANSACTION_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
          continue;
        }
        throw mapped;
      }
    }
  }

  async #appliedMigrations(brick: string, db: Db | KyselyTransaction<StorageDatabase>): Promise<Map<number, string>> {
    const rows = await db
      .withSchema(this.#schema)
      .selectFrom('civic_migrations')
      .select(['version', 'name'])
      .where('brick', '=', brick)
      .execute();
    return new Map(rows.map((row) => [Number(row.version), row.name]));
  }

  /**
   * Applies pending steps one transaction each. On PostgreSQL a transaction
   * advisory lock keeps two starting processes from migrating at once; the
   * primary key on (brick, version) is what makes a race fail safe even
   * without it: the loser's transaction, including its DDL, rolls back and it
   * re-reads what is applied.
   */
  async migrate(brick: string, steps: readonly MigrationStep[]): Promise<readonly MigrationStep[]> {
    if (steps.length === 0) return [];
    const exists = await guarded(
      sql<{ found: string | null }>`select to_regclass(${`${this.#schema}.civic_migrations`}) as found`.execute(this.#db),
    );
    if (exists.rows[0]?.found) {
      const applied = await guarded(this.#appliedMigrations(brick, this.#db));
      if (pendingMigrations(brick, applied, steps).length === 0) return [];
    }
    const done: MigrationStep[] = [];
    let races = 0;
    for (;;) {
      let applied: MigrationStep | undefined;
      try {
        applied = await this.#db.transaction().execute(async (trx) => {
          await sql`select pg_advisory_xact_lock(hashtext(${`civicbricks.migrate:${this.#schema}`}))`.execute(trx);
          await sql`create schema if not exists ${sql.id(this.#schema)}`.execute(trx);
          await sql`set local search_path to ${sql.id(this.#schema)}`.execute(trx);
          await sql.raw(MIGRATIONS_TABLE).execute(trx);
          const next = pendingMigrations(brick, await this.#appliedMigrations(brick, trx), steps)[0];
          if (!next) return undefined;
          const runner: SqlRunner = {
            execute: async <Row>(query: RawBuilder<Row>): Promise<readonly Row[]> => (await guarded(query.execute(trx))).rows,
          };
          await next.run(new SqlOps(trx.withSchema(this.#schema), this.#schema, this.#multiConnection, true), runner);
          await trx
            .withSchema(this.#schema)
            .insertInto('civic_migrations')
            .values({ brick, version: next.version, name: next.name, applied_at: new Date() })
            .execute();
          return next;
        });
      } catch (error) {
        const mapped = mapDatabaseError(error);
        const code = (error as { code?: unknown }).code;
        if (code === '23505' && races < 5) {
          // Someone else recorded this version first: our work rolled back; look again.
          races += 1;
          continue;
        }
        throw mapped;
      }
      if (!applied) return done;
      done.push(applied);
    }
  }

  describe(): string {
    return this.#describe;
  }

  close(): Promise<void> {
    return this.#close();
  }
}
