import type { RawBuilder } from 'kysely';
import type { $ZodType, input, output } from 'zod/v4/core';
import type { JsonObject, JsonPrimitive, JsonValue } from './json.js';
import type { CollectionIndexes, FindPage, FindQuery } from './query.js';

/** Which adapter a store runs on; bricks may use it to explain behaviour, never to branch on correctness. */
export type AdapterName = 'memory' | 'pglite' | 'postgres';

/**
 * A record as stored: the validated data plus the bookkeeping every record
 * carries. `version` is what an update must name to prove it saw the latest
 * state (optimistic concurrency).
 */
export interface StoredRecord<T> {
  readonly id: string;
  /** Starts at 1 and goes up by one on every update. */
  readonly version: number;
  /** ISO 8601, UTC, millisecond precision. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly data: T;
}

/** One page of a listing and the cursor for the next one (absent on the last page). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | undefined;
}

/** Simple, portable filters: equality on top-level fields, in insertion order. */
export interface ListQuery {
  /** Every named top-level field must equal the given JSON scalar (a missing field never matches, not even `null`). */
  readonly where?: Readonly<Record<string, JsonPrimitive>>;
  /** 1 to 500; 50 if absent. */
  readonly limit?: number;
  /** `nextCursor` from the previous page. */
  readonly cursor?: string;
  /** Insertion order, oldest first (`asc`, the default) or newest first. */
  readonly order?: 'asc' | 'desc';
}

/** Who asked for an erasure, for the audit entry that records it. */
export interface EraseOptions {
  /** Pseudonymous id of whoever asked for or carried out the erasure. */
  readonly actor: string;
  /** Pseudonymous context (a request reference, a legal basis code); never personal data. */
  readonly metadata?: JsonObject;
}

/** What an erasure removed. */
export interface EraseResult {
  /** False when there was no such record (the erasure is still recorded). */
  readonly recordErased: boolean;
  /** How many audit entries had their before/after detail removed. */
  readonly auditDetailsErased: number;
  /** The audit entry recording the erasure. */
  readonly auditEntry: AuditEntry;
}

/**
 * A typed collection of records. Every write is validated with the
 * collection's zod schema and rejected with the field path; every update and
 * delete names the version it read, and a stale one fails with a
 * `ConflictError` instead of overwriting someone else's change.
 */
export interface Collection<T, In = T> {
  readonly name: string;
  /** The record, or `undefined` if there is none. */
  get(id: string): Promise<StoredRecord<T> | undefined>;
  /** The record; throws `NotFoundError` if there is none. */
  require(id: string): Promise<StoredRecord<T>>;
  /** Adds a record at version 1; `ConflictError` (`storage.record_exists`) if the id is taken. */
  insert(data: In, options?: { readonly id?: string }): Promise<StoredRecord<T>>;
  /** Replaces the data if the record is still at `expectedVersion`; `ConflictError` if not, `NotFoundError` if it is gone. */
  update(id: string, expectedVersion: number, data: In): Promise<StoredRecord<T>>;
  /** Removes the record if it is still at `expectedVersion`. */
  delete(id: string, expectedVersion: number): Promise<void>;
  /**
   * Removes a person's data: the record itself and the before/after detail of
   * every audit entry about it, then appends a `record.erased` entry. The
   * audit chain still verifies afterwards, because it only ever hashed a
   * salted digest of that detail.
   */
  erase(id: string, options: EraseOptions): Promise<EraseResult>;
  list(query?: ListQuery): Promise<Page<StoredRecord<T>>>;
  /** The records with these ids (up to 500) that exist, in the order asked. */
  getMany(ids: readonly string[]): Promise<readonly StoredRecord<T>[]>;
  /**
   * Creates the indexes the collection's declaration needs and that do not
   * exist yet; safe to call at every start and from several processes. Returns
   * the names of those created. On PostgreSQL it locks writes to the records
   * table while an index builds: call it at start-up or in a migration.
   */
  ensureIndexes(): Promise<{ readonly created: readonly string[] }>;
  /**
   * Filters, sorts and pages on the declared fields only, with the total
   * count. A field not declared is a `ValidationError`
   * (`storage.query.unindexed_field`) naming it.
   */
  find(query?: FindQuery): Promise<FindPage<StoredRecord<T>>>;
}

/** Options of `store.collection`. */
export interface CollectionOptions {
  /** What the collection can be queried on with `find`; the same declaration every time it is opened. */
  readonly indexes?: CollectionIndexes;
}

/** What a caller gives to record an action. */
export interface AuditAppend {
  /** Pseudonymous id of who did it: a staff id, `system`, a citizen's account id. Never a name or email. */
  readonly actor: string;
  /** What happened, as a stable code: `case.status_changed`. */
  readonly action: string;
  readonly collection?: string;
  readonly recordId?: string;
  /** Names of the fields that changed, so a timeline can say what moved without repeating the values. */
  readonly fields?: readonly string[];
  /** Pseudonymous context kept in the chain for ever; never personal data. */
  readonly metadata?: JsonObject;
  /** State before and after: kept outside the chain (only a salted digest is chained) so erasure can remove it. */
  readonly before?: JsonValue;
  readonly after?: JsonValue;
}

/**
 * What an audit entry records happened, and to what: the same in the entry as
 * written, as stored and as read back, so the three cannot drift apart.
 */
export interface AuditEntryFacts {
  readonly actor: string;
  readonly action: string;
  readonly collection: string | null;
  readonly recordId: string | null;
  readonly fields: readonly string[];
  readonly metadata: JsonObject;
}

/** One entry of the tamper-evident audit log. */
export interface AuditEntry extends AuditEntryFacts {
  /** Position in the chain, from 1, with no gaps. */
  readonly seq: number;
  readonly id: string;
  /** ISO 8601, UTC. */
  readonly at: string;
  /** Undefined when there was none or it has been erased. */
  readonly before?: JsonValue;
  readonly after?: JsonValue;
  /** True when the entry had before/after detail and it was erased. */
  readonly detailErased: boolean;
  readonly prevHash: string;
  /** SHA-256 (hex) over the canonical JSON of this entry, including `prevHash`. */
  readonly hash: string;
}

/** Filters for reading the audit log, oldest first. */
export interface AuditQuery {
  readonly collection?: string;
  readonly recordId?: string;
  readonly actor?: string;
  /** Only entries after this sequence number (for paging). */
  readonly afterSeq?: number;
  /** 1 to 1000; 100 if absent. */
  readonly limit?: number;
}

/** The last link of the chain; publish or store it elsewhere to anchor the log against a full rewrite. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/** Why a chain failed to verify. */
export type AuditFailureReason =
  | 'missing_entry'
  | 'broken_link'
  | 'hash_mismatch'
  | 'detail_mismatch'
  | 'detail_missing'
  | 'head_mismatch'
  | 'anchor_mismatch'
  /** A row stored after the head: slipped in around the store, where no append put it. */
  | 'entry_after_head';

/** The outcome of checking the whole audit chain. */
export type AuditVerification =
  | { readonly ok: true; readonly entries: number; readonly head: AuditHead }
  | {
      readonly ok: false;
      /** Entries checked and found sound before the failure. */
      readonly entries: number;
      /** Sequence number at which the chain stops being trustworthy. */
      readonly failedAt: number;
      readonly reason: AuditFailureReason;
      readonly message: string;
    };

/** The append-only, hash-chained audit log. */
export interface AuditLog {
  /** Appends one entry to the chain. Inside a transaction it commits or rolls back with the rest. */
  append(entry: AuditAppend): Promise<AuditEntry>;
  list(query?: AuditQuery): Promise<readonly AuditEntry[]>;
  /** The current end of the chain. */
  head(): Promise<AuditHead>;
}

/** Delivery state of an outbox message. */
export type OutboxStatus = 'pending' | 'delivered' | 'dead';

/** What a caller gives to have a message sent once the transaction commits. */
export interface OutboxEnqueue {
  /** Which handler receives it: `notifications.send`. */
  readonly topic: string;
  readonly payload: JsonValue;
  /**
   * Handlers use it to deduplicate (delivery is at least once). Enqueueing the
   * same key again returns the existing message instead of adding another.
   * A fresh UUID if absent.
   */
  readonly idempotencyKey?: string;
  /** Do not deliver before this time (ISO 8601 or Date); now if absent. */
  readonly availableAt?: string | Date;
}

/** A message in the outbox. */
export interface OutboxMessage {
  readonly id: string;
  readonly topic: string;
  readonly payload: JsonValue;
  readonly idempotencyKey: string;
  readonly status: OutboxStatus;
  /** Delivery attempts started so far. */
  readonly attempts: number;
  readonly availableAt: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deliveredAt: string | null;
  /** Code and redacted message of the last failure. */
  readonly lastError: string | null;
}

/** The outcome of an enqueue: the message, and whether this call created it. */
export interface EnqueueResult {
  readonly message: OutboxMessage;
  /** False when a message with the same idempotency key already existed. */
  readonly created: boolean;
}

/** Filters for reading the outbox. */
export interface OutboxQuery {
  readonly status?: OutboxStatus;
  readonly topic?: string;
  /** 1 to 500; 50 if absent. */
  readonly limit?: number;
  readonly cursor?: string;
}

/** The transactional outbox: messages written with the change that causes them. */
export interface Outbox {
  enqueue(message: OutboxEnqueue): Promise<EnqueueResult>;
  get(id: string): Promise<OutboxMessage | undefined>;
  list(query?: OutboxQuery): Promise<Page<OutboxMessage>>;
  /** Dead-lettered messages, oldest first: the ones that need a person to look at them. */
  listDead(query?: Omit<OutboxQuery, 'status'>): Promise<Page<OutboxMessage>>;
  /** Puts a dead-lettered message back in the queue with a fresh attempt count. */
  retry(id: string): Promise<OutboxMessage>;
}

/** What every store and transaction handle offers. */
export interface StorageHandle {
  /**
   * A typed collection. Names are namespaced by brick by convention
   * (`cases.case`); the schema validates every write.
   */
  collection<S extends $ZodType>(name: string, schema: S, options?: CollectionOptions): Collection<output<S>, input<S>>;
  readonly audit: AuditLog;
  readonly outbox: Outbox;
}

/** The handle a transaction callback receives: everything done through it commits or rolls back together. */
export type Transaction = StorageHandle;

/** Runs SQL inside a migration. Values in the template are sent as parameters, never spliced into the text. */
export interface SqlRunner {
  execute<Row>(query: RawBuilder<Row>): Promise<readonly Row[]>;
}

/** What a migration's `up` receives; it runs inside one transaction with the record of having run. */
export interface MigrationContext {
  readonly adapter: AdapterName;
  /** Collections, audit and outbox inside the migration's transaction: portable data migrations. */
  readonly tx: Transaction;
  /**
   * SQL for the PGlite and PostgreSQL adapters (undefined on the memory adapter).
   * The search path is the store's schema, so unqualified table names land there.
   */
  readonly sql: SqlRunner | undefined;
}

/** One forward-only step of a brick's schema or data. */
export interface Migration {
  /** Positive integer; a brick's versions must strictly increase and are applied in order. */
  readonly version: number;
  /** Recorded with the version; a different name for an applied version is refused as a sign of edited history. */
  readonly name: string;
  up(context: MigrationContext): Promise<void>;
}

/** A brick's migrations, namespaced by the brick's name. */
export interface BrickMigrations {
  /** `cases`, `workflow`: lower case, digits and hyphens. */
  readonly brick: string;
  readonly migrations: readonly Migration[];
}

/** What a migration run did. */
export interface MigrationReport {
  readonly applied: readonly { readonly brick: string; readonly version: number; readonly name: string }[];
}

/** A store: the one way every brick reads and writes durable state. */
export interface Store extends StorageHandle {
  readonly adapter: AdapterName;
  /**
   * Runs `fn` in one transaction: every record change, audit entry and outbox
   * message commits together or not at all. If the database reports a
   * serialisation failure or deadlock the callback runs again (up to three
   * times), so keep outside side effects out of it: that is what the outbox is for.
   * Inside the callback use `tx`, never the store itself (that is refused).
   */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Applies any of these bricks' migrations that have not run yet; safe to call again and from several processes. */
  migrate(...groups: readonly BrickMigrations[]): Promise<MigrationReport>;
  /** Recomputes the audit chain and reports the first altered, missing or reordered entry. */
  verifyAuditChain(options?: { readonly expectedHead?: AuditHead }): Promise<AuditVerification>;
  /** A one-line description for logs, with any password redacted. */
  describe(): string;
  /** Releases connections (and closes PGlite if the store opened it). */
  close(): Promise<void>;
}
