/**
 * The narrow contract each adapter implements. Everything with meaning
 * (validation, version checks, hashing the audit chain, outbox state rules)
 * lives once in `store.ts` on top of this, so the adapters cannot drift apart
 * in behaviour: they only move rows.
 */
import type { JsonObject, JsonPrimitive, JsonValue } from './json.js';
import type { FindPlan, IndexSpec } from './query.js';
import type { AdapterName, AuditEntryFacts, OutboxStatus, SqlRunner } from './types.js';

export interface RecordRow {
  readonly collection: string;
  readonly id: string;
  readonly seq: number;
  readonly version: number;
  readonly data: JsonValue;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface AuditRow extends AuditEntryFacts {
  readonly seq: number;
  readonly id: string;
  /** Which hashed layout the entry was written with (`CHAIN_FORMAT`, or 1 for entries from before storage migration 4). */
  readonly format: number;
  /** UTC with microseconds (`2030-03-04T09:00:00.123456Z`): exactly what is stored, so the hash covers every digit. */
  readonly at: string;
  readonly detailDigest: string | null;
  readonly prevHash: string;
  readonly hash: string;
}

export interface AuditDetailRow {
  readonly entryId: string;
  /** The detail row's own copy, as stored; verification checks it against its entry's. */
  readonly collection: string | null;
  readonly recordId: string | null;
  readonly salt: string;
  readonly detail: JsonObject;
}

export interface AuditRowWithDetail {
  readonly entry: AuditRow;
  readonly detail: AuditDetailRow | undefined;
}

export interface OutboxRow {
  readonly id: string;
  readonly seq: number;
  readonly topic: string;
  readonly payload: JsonValue;
  readonly idempotencyKey: string;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly availableAt: Date;
  readonly lockedUntil: Date | null;
  readonly leaseToken: string | null;
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly deliveredAt: Date | null;
}

export interface ListRecordsQuery {
  readonly where: Readonly<Record<string, JsonPrimitive>>;
  readonly afterSeq: number | undefined;
  readonly limit: number;
  readonly order: 'asc' | 'desc';
}

export interface ListAuditQuery {
  readonly collection?: string | undefined;
  readonly recordId?: string | undefined;
  readonly actor?: string | undefined;
  readonly afterSeq: number;
  readonly limit: number;
  /** Only entries up to and including this sequence number. */
  readonly maxSeq?: number | undefined;
}

export interface ListOutboxQuery {
  readonly status: OutboxStatus | undefined;
  readonly topic: string | undefined;
  readonly afterSeq: number | undefined;
  readonly limit: number;
}

export interface ClaimOutboxQuery {
  readonly topics: readonly string[];
  readonly now: Date;
  readonly lockedUntil: Date;
  readonly leaseToken: string;
  readonly limit: number;
}

/** How a claimed message ends an attempt. */
export interface OutboxSettlement {
  readonly status: OutboxStatus;
  readonly availableAt?: Date;
  readonly lastError?: string | null;
  readonly deliveredAt?: Date | null;
  readonly now: Date;
}

export interface NewOutboxRow {
  readonly id: string;
  readonly topic: string;
  readonly payload: JsonValue;
  readonly idempotencyKey: string;
  readonly availableAt: Date;
  readonly now: Date;
}

/** Row operations, bound to one transaction or to autocommit reads. */
export interface BackendOps {
  getRecord(collection: string, id: string): Promise<RecordRow | undefined>;
  /** `undefined` when the id is taken. */
  insertRecord(collection: string, id: string, data: JsonValue, now: Date): Promise<RecordRow | undefined>;
  /** `undefined` when no row has that id at that version. */
  updateRecord(collection: string, id: string, expectedVersion: number, data: JsonValue, now: Date): Promise<RecordRow | undefined>;
  deleteRecord(collection: string, id: string, expectedVersion: number): Promise<boolean>;
  /** Deletes the record and the audit detail about it. */
  eraseRecord(collection: string, id: string): Promise<{ recordErased: boolean; auditDetailsErased: number }>;
  listRecords(collection: string, query: ListRecordsQuery): Promise<readonly RecordRow[]>;
  /** The records with these ids, in no particular order; missing ones are left out. */
  getRecords(collection: string, ids: readonly string[]): Promise<readonly RecordRow[]>;
  /** Creates the indexes that do not exist yet; returns the names of those it created. */
  ensureIndexes(collection: string, specs: readonly IndexSpec[]): Promise<readonly string[]>;
  /** One page of a validated plan, and how many records match it in all. */
  findRecords(collection: string, plan: FindPlan): Promise<{ readonly rows: readonly RecordRow[]; readonly total: number }>;

  readAuditHead(): Promise<{ seq: number; hash: string }>;
  /**
   * Appends entries that continue the chain and moves the head onto the last,
   * as one step. `false`, with nothing written, when the first entry does not
   * follow the head as it is now (another append got there first): the caller
   * re-reads the head and relinks. The SQL adapters enforce this in a trigger,
   * so no insert can bypass it; the memory adapter in code.
   */
  insertAuditEntries(entries: readonly AuditRow[], details: readonly AuditDetailRow[]): Promise<boolean>;
  listAudit(query: ListAuditQuery): Promise<readonly AuditRowWithDetail[]>;

  /** Inserts unless the idempotency key exists; returns the row either way. */
  enqueueOutbox(row: NewOutboxRow): Promise<{ row: OutboxRow; created: boolean }>;
  getOutbox(id: string): Promise<OutboxRow | undefined>;
  listOutbox(query: ListOutboxQuery): Promise<readonly OutboxRow[]>;
  /** Leases up to `limit` due, unleased pending messages and counts the attempt. */
  claimOutbox(query: ClaimOutboxQuery): Promise<readonly OutboxRow[]>;
  /** Ends an attempt, only if the lease is still ours. */
  settleOutbox(id: string, leaseToken: string, settlement: OutboxSettlement): Promise<boolean>;
  /** Extends leases still held with this token; returns the ids still held. */
  renewOutboxLeases(ids: readonly string[], leaseToken: string, lockedUntil: Date, now: Date): Promise<readonly string[]>;
  /** Dead-lettered back to pending; `undefined` if not dead-lettered. */
  retryOutbox(id: string, now: Date): Promise<OutboxRow | undefined>;
}

export interface MigrationStep {
  readonly brick: string;
  readonly version: number;
  readonly name: string;
  run(ops: BackendOps, sql: SqlRunner | undefined): Promise<void>;
}

export interface Backend {
  readonly adapter: AdapterName;
  /** Runs single-statement work without an explicit transaction (each statement commits on its own). */
  autocommit<T>(fn: (ops: BackendOps) => Promise<T>): Promise<T>;
  transaction<T>(fn: (ops: BackendOps) => Promise<T>): Promise<T>;
  /** Applies pending steps of one brick, coordinating with other processes; returns the ones applied here. */
  migrate(brick: string, steps: readonly MigrationStep[]): Promise<readonly MigrationStep[]>;
  describe(): string;
  close(): Promise<void>;
}
