/**
 * The behaviour every adapter shares: validation, optimistic concurrency,
 * the audit chain and the outbox rules, written once over the `Backend` row
 * operations so memory, PGlite and PostgreSQL cannot disagree.
 */
import { CivicError, ConflictError, NotFoundError, ValidationError, parseInput } from '@civicbricks/core';
import { z } from 'zod';
import type { $ZodType, input, output } from 'zod/v4/core';
import type { AuditDetailRow, AuditRow, AuditRowWithDetail, Backend, BackendOps, MigrationStep, OutboxRow, RecordRow } from './backend.js';
import { insideTransactionOf, runInTransaction, type TransactionMark } from './context.js';
import { closedError } from './errors.js';
import {
  CHAIN_FORMAT,
  GENESIS_HASH,
  LEGACY_CHAIN_FORMAT,
  auditDetailDigest,
  auditEntryHash,
  isMicrosTimestamp,
  microsToIso,
  randomHex,
  randomId,
  toMicrosTimestamp,
} from './hash.js';
import { cloneJson, toJsonValue, type JsonObject, type JsonValue } from './json.js';
import type {
  AdapterName,
  AuditAppend,
  AuditEntry,
  AuditHead,
  AuditLog,
  AuditQuery,
  AuditVerification,
  BrickMigrations,
  Collection,
  EnqueueResult,
  EraseOptions,
  EraseResult,
  ListQuery,
  MigrationReport,
  Outbox,
  OutboxEnqueue,
  OutboxMessage,
  OutboxQuery,
  Page,
  StorageHandle,
  Store,
  StoredRecord,
  Transaction,
} from './types.js';

/** Collection names: lower case, namespaced by brick with dots (`cases.case`). */
export const COLLECTION_NAME = /^[a-z][a-z0-9_.-]{0,99}$/;
/** Record ids: ASCII, so every adapter sorts and compares them alike. */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;
/** Audit actions and outbox topics: stable dotted codes. */
export const CODE_NAME = /^[a-z][a-z0-9_.-]{0,199}$/;

const collectionName = z
  .string()
  .regex(COLLECTION_NAME, 'must be lower case letters, digits, dots, hyphens or underscores, starting with a letter');
const recordId = z.string().regex(RECORD_ID, 'must be 1 to 200 ASCII letters, digits, dots, colons, hyphens or underscores');
const codeName = z.string().regex(CODE_NAME, 'must be a lower-case code such as `case.status_changed`');
const version = z.number().int().min(1);

/** Runs row operations either in their own transaction (store level) or inside the caller's. */
interface Scope {
  readonly owner: object;
  readonly adapter: AdapterName;
  autocommit<T>(fn: (ops: BackendOps) => Promise<T>): Promise<T>;
  atomic<T>(fn: (ops: BackendOps) => Promise<T>): Promise<T>;
  now(): Date;
}

function iso(date: Date): string {
  return date.toISOString();
}

function toRecord<T>(row: RecordRow): StoredRecord<T> {
  return {
    id: row.id,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    data: cloneJson(row.data) as unknown as T,
  };
}

const LIST_LIMIT = z.number().int().min(1).max(500).optional();

function encodeCursor(seq: number): string {
  return btoa(`c1:${seq}`).replace(/=+$/, '');
}

function decodeCursor(cursor: string | undefined, path: string): number | undefined {
  if (cursor === undefined) return undefined;
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    text = '';
  }
  const match = /^c1:(\d{1,15})$/.exec(text);
  if (!match?.[1]) throw new ValidationError('storage.invalid_cursor', `\`${path}\` is not a cursor this store gave out`, { path: [path] });
  return Number(match[1]);
}

class CollectionImpl<S extends $ZodType> implements Collection<output<S>, input<S>> {
  readonly #schema: S;
  readonly #scope: Scope;
  readonly #what: string;

  constructor(
    readonly name: string,
    schema: S,
    scope: Scope,
  ) {
    this.#schema = schema;
    this.#scope = scope;
    this.#what = `${name} record`;
  }

  #validate(data: unknown): JsonValue {
    const parsed = parseInput(this.#schema, data, { codePrefix: 'storage.record', what: this.#what });
    return toJsonValue(parsed, { what: this.#what });
  }

  #conflict(expected: number, actual: number): ConflictError {
    return new ConflictError(
      'storage.version_conflict',
      `This ${this.name} record was changed by someone else since it was read (read at version ${expected}, now at version ${actual}). Reload it and try again.`,
      { path: ['version'] },
    );
  }

  #notFound(): NotFoundError {
    return new NotFoundError('storage.record_not_found', `There is no such ${this.name} record: it may have been deleted.`);
  }

  async get(id: string): Promise<StoredRecord<output<S>> | undefined> {
    parseInput(recordId, id, { path: ['id'], codePrefix: 'storage' });
    const row = await this.#scope.autocommit((ops) => ops.getRecord(this.name, id));
    return row ? toRecord<output<S>>(row) : undefined;
  }

  async require(id: string): Promise<StoredRecord<output<S>>> {
    const record = await this.get(id);
    if (!record) throw this.#notFound();
    return record;
  }

  async insert(data: input<S>, options: { readonly id?: string } = {}): Promise<StoredRecord<output<S>>> {
    const id = options.id ?? randomId();
    parseInput(recordId, id, { path: ['id'], codePrefix: 'storage' });
    const value = this.#validate(data);
    const row = await this.#scope.autocommit((ops) => ops.insertRecord(this.name, id, value, this.#scope.now()));
    if (!row) {
      throw new ConflictError('storage.record_exists', `A ${this.name} record with this id already exists.`, { path: ['id'] });
    }
    return toRecord(row);
  }

  async update(id: string, expectedVersion: number, data: input<S>): Promise<StoredRecord<output<S>>> {
    parseInput(recordId, id, { path: ['id'], codePrefix: 'storage' });
    parseInput(version, expectedVersion, { path: ['expectedVersion'], codePrefix: 'storage' });
    const value = this.#validate(data);
    const row = await this.#scope.autocommit((ops) => ops.updateRecord(this.name, id, expectedVersion, value, this.#scope.now()));
    if (row) return toRecord(row);
    const current = await this.#scope.autocommit((ops) => ops.getRecord(this.name, id));
    if (!current) throw this.#notFound();
    throw this.#conflict(expectedVersion, current.version);
  }

  async delete(id: string, expectedVersion: number): Promise<void> {
    parseInput(recordId, id, { path: ['id'], codePrefix: 'storage' });
    parseInput(version, expectedVersion, { path: ['expectedVersion'], codePrefix: 'storage' });
    const deleted = await this.#scope.autocommit((ops) => ops.deleteRecord(this.name, id, expectedVersion));
    if (deleted) return;
    const current = await this.#scope.autocommit((ops) => ops.getRecord(this.name, id));
    if (!current) throw this.#notFound();
    throw this.#conflict(expectedVersion, current.version);
  }

  async erase(id: string, options: EraseOptions): Promise<EraseResult> {
    parseInput(recordId, id, { path: ['id'], codePrefix: 'storage' });
    const parsed = parseInput(eraseOptionsSchema, options, { codePrefix: 'storage.erase', what: 'erase options' });
    const metadata = toJsonValue(parsed.metadata ?? {}, { path: ['metadata'] }) as JsonObject;
    return this.#scope.atomic(async (ops) => {
      const erased = await ops.eraseRecord(this.name, id);
      const entry = await appendAuditEntry(ops, this.#scope.now(), {
        actor: parsed.actor,
        action: 'record.erased',
        collection: this.name,
        recordId: id,
        fields: [],
        metadata,
        detail: undefined,
      });
      return { recordErased: erased.recordErased, auditDetailsErased: erased.auditDetailsErased, auditEntry: entry };
    });
  }

  async list(query: ListQuery = {}): Promise<Page<StoredRecord<output<S>>>> {
    const parsed = parseInput(listQuerySchema, query, { codePrefix: 'storage.list', what: 'list query' });
    const afterSeq = decodeCursor(parsed.cursor, 'cursor');
    const limit = parsed.limit ?? 50;
    const rows = await this.#scope.autocommit((ops) =>
      ops.listRecords(this.name, { where: parsed.where ?? {}, afterSeq, limit: limit + 1, order: parsed.order ?? 'asc' }),
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => toRecord<output<S>>(row)),
      nextCursor: rows.length > limit && last ? encodeCursor(last.seq) : undefined,
    };
  }
}

const jsonPrimitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const listQuerySchema = z.strictObject({
  where: z.record(z.string().min(1).max(200), jsonPrimitive).optional(),
  limit: LIST_LIMIT,
  cursor: z.string().max(200).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});

const eraseOptionsSchema = z.strictObject({
  actor: z.string().min(1).max(200),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

const auditAppendSchema = z.strictObject({
  actor: z.string().min(1).max(200),
  action: codeName,
  collection: collectionName.optional(),
  recordId: recordId.optional(),
  fields: z.array(z.string().min(1).max(200)).max(1000).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

const auditQuerySchema = z.strictObject({
  collection: collectionName.optional(),
  recordId: recordId.optional(),
  actor: z.string().min(1).max(200).optional(),
  afterSeq: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
});

interface PreparedAudit {
  readonly actor: string;
  readonly action: string;
  readonly collection: string | null;
  readonly recordId: string | null;
  readonly fields: readonly string[];
  readonly metadata: JsonObject;
  readonly detail: JsonObject | undefined;
}

function prepareAudit(entry: AuditAppend): PreparedAudit {
  const parsed = parseInput(auditAppendSchema, entry, { codePrefix: 'storage.audit', what: 'audit entry' });
  const metadata = toJsonValue(parsed.metadata ?? {}, { path: ['metadata'] }) as JsonObject;
  let detail: JsonObject | undefined;
  if (parsed.before !== undefined || parsed.after !== undefined) {
    const out: Record<string, JsonValue> = {};
    if (parsed.before !== undefined) out['before'] = toJsonValue(parsed.before, { path: ['before'] });
    if (parsed.after !== undefined) out['after'] = toJsonValue(parsed.after, { path: ['after'] });
    detail = out;
  }
  return {
    actor: parsed.actor,
    action: parsed.action,
    collection: parsed.collection ?? null,
    recordId: parsed.recordId ?? null,
    fields: [...(parsed.fields ?? [])],
    metadata,
    detail,
  };
}

const MAX_CHAIN_ATTEMPTS = 100;

/**
 * Links one entry onto the chain. The adapter appends it only if it still
 * follows the head, moving the head with it; if another transaction got there
 * first, the head is read again and the entry relinked. Under READ COMMITTED
 * the re-read sees the other transaction's committed head, so this converges
 * without rolling back the caller's work.
 */
async function appendAuditEntry(ops: BackendOps, now: Date, prepared: PreparedAudit): Promise<AuditEntry> {
  const id = randomId();
  const at = toMicrosTimestamp(now);
  let detailRow: AuditDetailRow | undefined;
  let detailDigest: string | null = null;
  if (prepared.detail !== undefined) {
    const salt = randomHex(16);
    detailDigest = await auditDetailDigest(id, salt, prepared.detail);
    detailRow = { entryId: id, collection: prepared.collection, recordId: prepared.recordId, salt, detail: prepared.detail };
  }
  for (let attempt = 0; attempt < MAX_CHAIN_ATTEMPTS; attempt += 1) {
    const head = await ops.readAuditHead();
    const fields = {
      seq: head.seq + 1,
      id,
      format: CHAIN_FORMAT,
      at,
      actor: prepared.actor,
      action: prepared.action,
      collection: prepared.collection,
      recordId: prepared.recordId,
      fields: prepared.fields,
      metadata: prepared.metadata,
      detailDigest,
      prevHash: head.hash,
    };
    const row: AuditRow = { ...fields, hash: await auditEntryHash(fields) };
    if (await ops.insertAuditEntries([row], detailRow ? [detailRow] : [])) {
      return toAuditEntry({ entry: row, detail: detailRow });
    }
  }
  throw new ConflictError('storage.audit_contention', 'Too many audit entries were being written at once; try again.', { retryable: true });
}

function toAuditEntry({ entry, detail }: AuditRowWithDetail): AuditEntry {
  const out: {
    -readonly [K in keyof AuditEntry]: AuditEntry[K];
  } = {
    seq: entry.seq,
    id: entry.id,
    at: microsToIso(entry.at),
    actor: entry.actor,
    action: entry.action,
    collection: entry.collection,
    recordId: entry.recordId,
    fields: [...entry.fields],
    metadata: cloneJson(entry.metadata),
    detailErased: entry.detailDigest !== null && detail === undefined,
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
  const before = detail?.detail['before'];
  const after = detail?.detail['after'];
  if (before !== undefined) out.before = cloneJson(before);
  if (after !== undefined) out.after = cloneJson(after);
  return out;
}

class AuditLogImpl implements AuditLog {
  readonly #scope: Scope;
  constructor(scope: Scope) {
    this.#scope = scope;
  }

  async append(entry: AuditAppend): Promise<AuditEntry> {
    const prepared = prepareAudit(entry);
    return this.#scope.atomic((ops) => appendAuditEntry(ops, this.#scope.now(), prepared));
  }

  async list(query: AuditQuery = {}): Promise<readonly AuditEntry[]> {
    const parsed = parseInput(auditQuerySchema, query, { codePrefix: 'storage.audit', what: 'audit query' });
    // Only what the chain covers: a row slipped in after the head is not an entry (verification reports it).
    const rows = await this.#scope.autocommit(async (ops) =>
      ops.listAudit({
        collection: parsed.collection,
        recordId: parsed.recordId,
        actor: parsed.actor,
        afterSeq: parsed.afterSeq ?? 0,
        limit: parsed.limit ?? 100,
        maxSeq: (await ops.readAuditHead()).seq,
      }),
    );
    return rows.map(toAuditEntry);
  }

  async head(): Promise<AuditHead> {
    const head = await this.#scope.autocommit((ops) => ops.readAuditHead());
    return { seq: head.seq, hash: head.hash };
  }
}

const VERIFY_PAGE = 500;

/**
 * Walks the chain from the first entry: contiguous sequence numbers, each
 * `prevHash` equal to the previous entry's hash, each hash recomputed, each
 * surviving detail matching its digest and still filed under its entry's
 * record, each missing detail explained by a later erasure of its record, the
 * head pointing at the last entry, and nothing stored after the head.
 */
async function verifyChain(scope: Scope, expectedHead: AuditHead | undefined): Promise<AuditVerification> {
  let head = await scope.autocommit((ops) => ops.readAuditHead());
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let newestFormat = LEGACY_CHAIN_FORMAT;
  let anchorSeen = expectedHead === undefined || expectedHead.seq === 0;
  const missingDetail: AuditRow[] = [];
  const erasedAt = new Map<string, number>();
  const fail = (reason: Exclude<AuditVerification, { ok: true }>['reason'], failedAt: number, message: string): AuditVerification => ({
    ok: false,
    entries: Math.max(0, failedAt - 1),
    failedAt,
    reason,
    message,
  });
  const check = async ({ entry, detail }: AuditRowWithDetail): Promise<AuditVerification | undefined> => {
    if (entry.seq !== expectedSeq) {
      return fail('missing_entry', expectedSeq, `Audit entry ${expectedSeq} is missing (the next one found is ${entry.seq}).`);
    }
    if (entry.prevHash !== prev) {
      return fail(
        'broken_link',
        entry.seq,
        `Audit entry ${entry.seq} does not follow entry ${entry.seq - 1}: the chain was altered, reordered or had an entry removed.`,
      );
    }
    // An older format after a newer one cannot come from this package: it would let a forger hash less.
    if (entry.format < newestFormat || !isMicrosTimestamp(entry.at) || (await auditEntryHash(entry)) !== entry.hash) {
      return fail('hash_mismatch', entry.seq, `Audit entry ${entry.seq} was altered after it was written.`);
    }
    newestFormat = entry.format;
    if (detail !== undefined) {
      const digest = await auditDetailDigest(entry.id, detail.salt, detail.detail);
      if (entry.detailDigest === null || digest !== entry.detailDigest) {
        return fail('detail_mismatch', entry.seq, `The before/after detail of audit entry ${entry.seq} was altered after it was written.`);
      }
      if (detail.collection !== entry.collection || detail.recordId !== entry.recordId) {
        return fail(
          'detail_mismatch',
          entry.seq,
          `The before/after detail of audit entry ${entry.seq} was filed under another record, where erasure would miss it.`,
        );
      }
    } else if (entry.detailDigest !== null) {
      missingDetail.push(entry);
    }
    if (entry.action === 'record.erased' && entry.collection !== null && entry.recordId !== null) {
      erasedAt.set(`${entry.collection}\u0000${entry.recordId}`, entry.seq);
    }
    if (expectedHead !== undefined && entry.seq === expectedHead.seq) {
      if (entry.hash !== expectedHead.hash) {
        return fail('anchor_mismatch', entry.seq, `Audit entry ${entry.seq} does not match the anchored head: the log was rewritten.`);
      }
      anchorSeen = true;
    }
    prev = entry.hash;
    expectedSeq += 1;
    return undefined;
  };
  for (;;) {
    for (;;) {
      const afterSeq = expectedSeq - 1;
      const maxSeq = head.seq;
      const page = await scope.autocommit((ops) => ops.listAudit({ afterSeq, limit: VERIFY_PAGE, maxSeq }));
      for (const row of page) {
        const failure = await check(row);
        if (failure) return failure;
      }
      if (page.length < VERIFY_PAGE) break;
    }
    const count = expectedSeq - 1;
    if (count !== head.seq || prev !== head.hash) {
      return fail(
        'head_mismatch',
        count + 1,
        `The audit log ends at entry ${count} but its head says ${head.seq}: entries were removed from the end.`,
      );
    }
    const afterHead = head.seq;
    const [beyond] = await scope.autocommit((ops) => ops.listAudit({ afterSeq: afterHead, limit: 1 }));
    if (beyond === undefined) break;
    // An append commits its entry and the head's move together, so a real one shows a head that has moved past the row.
    const latest = await scope.autocommit((ops) => ops.readAuditHead());
    if (latest.seq <= head.seq) {
      return fail(
        'entry_after_head',
        beyond.entry.seq,
        `Audit entry ${beyond.entry.seq} lies after the head of the chain (entry ${head.seq}): it was written around the store.`,
      );
    }
    head = latest;
  }
  const count = expectedSeq - 1;
  if (!anchorSeen) {
    return fail(
      'anchor_mismatch',
      count + 1,
      `The anchored head (entry ${expectedHead?.seq ?? 0}) is beyond the end of the log: entries were removed.`,
    );
  }
  for (const entry of missingDetail) {
    const erased =
      entry.collection !== null && entry.recordId !== null ? erasedAt.get(`${entry.collection}\u0000${entry.recordId}`) : undefined;
    if (erased === undefined || erased < entry.seq) {
      return fail(
        'detail_missing',
        entry.seq,
        `The before/after detail of audit entry ${entry.seq} was removed without a recorded erasure.`,
      );
    }
  }
  return { ok: true, entries: count, head: { seq: head.seq, hash: head.hash } };
}

function toOutboxMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    topic: row.topic,
    payload: cloneJson(row.payload),
    idempotencyKey: row.idempotencyKey,
    status: row.status,
    attempts: row.attempts,
    availableAt: iso(row.availableAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    deliveredAt: row.deliveredAt ? iso(row.deliveredAt) : null,
    lastError: row.lastError,
  };
}

const enqueueSchema = z.strictObject({
  topic: codeName,
  payload: z.unknown(),
  idempotencyKey: z.string().min(1).max(200).optional(),
  availableAt: z.union([z.date(), z.iso.datetime({ offset: true })]).optional(),
});

const outboxQuerySchema = z.strictObject({
  status: z.enum(['pending', 'delivered', 'dead']).optional(),
  topic: codeName.optional(),
  limit: LIST_LIMIT,
  cursor: z.string().max(200).optional(),
});

const messageId = z.uuid();

class OutboxImpl implements Outbox {
  readonly #scope: Scope;
  constructor(scope: Scope) {
    this.#scope = scope;
  }

  async enqueue(message: OutboxEnqueue): Promise<EnqueueResult> {
    const parsed = parseInput(enqueueSchema, message, { codePrefix: 'storage.outbox', what: 'outbox message' });
    if (parsed.payload === undefined) {
      throw new ValidationError('storage.outbox.invalid_type', '`payload` is missing: it must be JSON', { path: ['payload'] });
    }
    const payload = toJsonValue(parsed.payload, { path: ['payload'] });
    const now = this.#scope.now();
    const availableAt = parsed.availableAt === undefined ? now : new Date(parsed.availableAt);
    if (Number.isNaN(availableAt.getTime())) {
      throw new ValidationError('storage.outbox.invalid_date', '`availableAt` is not a valid date', { path: ['availableAt'] });
    }
    const id = randomId();
    const { row, created } = await this.#scope.autocommit((ops) =>
      ops.enqueueOutbox({ id, topic: parsed.topic, payload, idempotencyKey: parsed.idempotencyKey ?? id, availableAt, now }),
    );
    return { message: toOutboxMessage(row), created };
  }

  async get(id: string): Promise<OutboxMessage | undefined> {
    parseInput(messageId, id, { path: ['id'], codePrefix: 'storage.outbox' });
    const row = await this.#scope.autocommit((ops) => ops.getOutbox(id));
    return row ? toOutboxMessage(row) : undefined;
  }

  async list(query: OutboxQuery = {}): Promise<Page<OutboxMessage>> {
    const parsed = parseInput(outboxQuerySchema, query, { codePrefix: 'storage.outbox', what: 'outbox query' });
    const limit = parsed.limit ?? 50;
    const afterSeq = decodeCursor(parsed.cursor, 'cursor');
    const rows = await this.#scope.autocommit((ops) =>
      ops.listOutbox({ status: parsed.status, topic: parsed.topic, afterSeq, limit: limit + 1 }),
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items: items.map(toOutboxMessage), nextCursor: rows.length > limit && last ? encodeCursor(last.seq) : undefined };
  }

  listDead(query: Omit<OutboxQuery, 'status'> = {}): Promise<Page<OutboxMessage>> {
    return this.list({ ...query, status: 'dead' });
  }

  async retry(id: string): Promise<OutboxMessage> {
    parseInput(messageId, id, { path: ['id'], codePrefix: 'storage.outbox' });
    const row = await this.#scope.autocommit((ops) => ops.retryOutbox(id, this.#scope.now()));
    if (row) return toOutboxMessage(row);
    const current = await this.#scope.autocommit((ops) => ops.getOutbox(id));
    if (!current) throw new NotFoundError('storage.outbox.not_found', 'There is no such outbox message.');
    throw new ConflictError('storage.outbox.not_dead', `Only dead-lettered messages can be retried; this one is ${current.status}.`, {
      path: ['status'],
    });
  }
}

function makeHandle(scope: Scope): StorageHandle {
  return {
    collection<S extends $ZodType>(name: string, schema: S): Collection<output<S>, input<S>> {
      parseInput(collectionName, name, { path: ['name'], codePrefix: 'storage.collection' });
      if (schema === null || typeof schema !== 'object' || !('_zod' in schema)) {
        throw new ValidationError('storage.collection.schema', 'The collection schema must be a zod schema.', { path: ['schema'] });
      }
      return new CollectionImpl(name, schema, scope);
    },
    audit: new AuditLogImpl(scope),
    outbox: new OutboxImpl(scope),
  };
}

const migrationSchema = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
  name: z.string().min(1).max(200),
  up: z.custom<(context: never) => Promise<void>>((value) => typeof value === 'function', 'must be a function'),
});

const brickMigrationsSchema = z.object({
  brick: z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, 'must be lower case letters, digits or hyphens, starting with a letter'),
  migrations: z.array(migrationSchema),
});

/** What the outbox worker needs beyond the public interface. */
export interface StoreInternals {
  readonly backend: Backend;
  assertUsable(): void;
}

/** Internal access for the outbox worker, keyed by the public store object. */
export const storeInternals = new WeakMap<Store, StoreInternals>();

/** Options the adapter-independent part of a store needs. */
export interface CoreStoreOptions {
  readonly clock: () => Date;
}

/** Builds the public store on top of an adapter's backend. */
export function createCoreStore(backend: Backend, options: CoreStoreOptions): Store {
  let closed = false;
  const owner = {};
  const clock = options.clock;
  const assertUsable = (): void => {
    if (closed) throw closedError();
    if (insideTransactionOf(owner)) {
      throw new CivicError(
        'storage.store_used_inside_transaction',
        'This store was used directly inside its own transaction: use the `tx` handle passed to the transaction callback instead.',
      );
    }
  };
  const storeScope: Scope = {
    owner,
    adapter: backend.adapter,
    autocommit: (fn) => {
      assertUsable();
      return backend.autocommit(fn);
    },
    atomic: (fn) => {
      assertUsable();
      return backend.transaction(fn);
    },
    now: clock,
  };
  const txScope = (ops: BackendOps, mark: TransactionMark): Scope => {
    const run = <T>(fn: (ops: BackendOps) => Promise<T>): Promise<T> => {
      if (!mark.active) {
        return Promise.reject(new CivicError('storage.transaction_finished', 'This transaction has already finished; start a new one.'));
      }
      return fn(ops);
    };
    return { owner, adapter: backend.adapter, autocommit: run, atomic: run, now: clock };
  };
  const inTransaction = async <T>(ops: BackendOps, fn: (tx: Transaction) => Promise<T>): Promise<T> => {
    const mark: TransactionMark = { owner, active: true };
    try {
      return await runInTransaction(mark, () => fn(makeHandle(txScope(ops, mark))));
    } finally {
      mark.active = false;
    }
  };
  const base = makeHandle(storeScope);

  const store: Store = {
    adapter: backend.adapter,
    collection: base.collection,
    audit: base.audit,
    outbox: base.outbox,
    transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
      try {
        assertUsable();
      } catch (error) {
        return Promise.reject(error);
      }
      return backend.transaction((ops) => inTransaction(ops, fn));
    },
    async migrate(...groups: readonly BrickMigrations[]): Promise<MigrationReport> {
      assertUsable();
      const applied: { brick: string; version: number; name: string }[] = [];
      for (const [index, group] of groups.entries()) {
        const parsed = parseInput(brickMigrationsSchema, group, {
          path: [index],
          codePrefix: 'storage.migrations',
          what: 'brick migrations',
        });
        const migrations = group.migrations;
        parsed.migrations.forEach((migration, i) => {
          const previous = parsed.migrations[i - 1];
          if (previous && migration.version <= previous.version) {
            throw new ValidationError(
              'storage.migrations.order',
              `Migration versions of ${parsed.brick} must strictly increase: v${migration.version} comes after v${previous.version}.`,
              {
                path: [index, 'migrations', i, 'version'],
              },
            );
          }
        });
        const steps: MigrationStep[] = migrations.map((migration) => ({
          brick: parsed.brick,
          version: migration.version,
          name: migration.name,
          run: (ops, sql) => inTransaction(ops, (tx) => migration.up({ adapter: backend.adapter, tx, sql })),
        }));
        const done = await backend.migrate(parsed.brick, steps);
        for (const step of done) applied.push({ brick: step.brick, version: step.version, name: step.name });
      }
      return { applied };
    },
    verifyAuditChain(verifyOptions: { readonly expectedHead?: AuditHead } = {}): Promise<AuditVerification> {
      return verifyChain(storeScope, verifyOptions.expectedHead);
    },
    describe: () => backend.describe(),
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await backend.close();
    },
  };
  storeInternals.set(store, { backend, assertUsable });
  return store;
}
