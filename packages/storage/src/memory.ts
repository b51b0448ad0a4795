/**
 * The in-memory adapter: for unit tests of other bricks, where starting a
 * database would only slow them down. It keeps the same promises as the SQL
 * adapters: transactions are atomic (an undo log) and isolated (one at a time),
 * versions are checked the same way, and the audit log is append-only in code
 * (its entries are frozen and nothing can remove them).
 */
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
} from './backend.js';
import { auditTamperedError, closedError } from './errors.js';
import { CHAIN_FORMAT, GENESIS_HASH } from './hash.js';
import { deepFreeze, type JsonValue } from './json.js';
import { pendingMigrations } from './migrations.js';
import { comparePlanRows, matchesPlan, type FindPlan, type IndexSpec } from './query.js';

/** An append-only list: entries are frozen on the way in and there is no way to change or remove one. */
class AppendOnlyLog<T> {
  readonly #rows: T[] = [];
  append(row: T): void {
    this.#rows.push(deepFreeze(row));
  }
  /** Removes the last `count` rows: only ever used to undo appends of a transaction that rolled back. */
  rollback(count: number): void {
    this.#rows.length -= count;
  }
  get length(): number {
    return this.#rows.length;
  }
  view(): readonly T[] {
    return this.#rows;
  }
  /** For tamper tests only: the raw array, as a superuser with direct access to storage would see it. */
  unsafeRaw(): T[] {
    return this.#rows;
  }
}

interface MemoryState {
  readonly records: Map<string, RecordRow>;
  recordSeq: number;
  readonly audit: AppendOnlyLog<AuditRow>;
  auditHead: { seq: number; hash: string };
  readonly details: Map<string, AuditDetailRow>;
  readonly outbox: Map<string, OutboxRow>;
  readonly outboxKeys: Map<string, string>;
  outboxSeq: number;
  readonly migrations: Map<string, Map<number, string>>;
  /** Names of the indexes "created": memory needs none, but reports creation as the SQL adapters do. */
  readonly indexes: Set<string>;
}

const key = (collection: string, id: string): string => `${collection}\u0000${id}`;

class MemoryOps implements BackendOps {
  readonly #state: MemoryState;
  readonly #undo: (() => void)[];
  readonly #assertOpen: () => void;

  constructor(state: MemoryState, undo: (() => void)[], assertOpen: () => void) {
    this.#state = state;
    this.#undo = undo;
    this.#assertOpen = assertOpen;
  }

  #setMap<K, V>(map: Map<K, V>, k: K, value: V | undefined): void {
    const had = map.has(k);
    const old = map.get(k);
    if (value === undefined) map.delete(k);
    else map.set(k, value);
    this.#undo.push(() => {
      if (had) map.set(k, old as V);
      else map.delete(k);
    });
  }

  async getRecord(collection: string, id: string): Promise<RecordRow | undefined> {
    this.#assertOpen();
    return this.#state.records.get(key(collection, id));
  }

  async insertRecord(collection: string, id: string, data: JsonValue, now: Date): Promise<RecordRow | undefined> {
    this.#assertOpen();
    if (this.#state.records.has(key(collection, id))) return undefined;
    const seq = ++this.#state.recordSeq;
    const row: RecordRow = deepFreeze({ collection, id, seq, version: 1, data, createdAt: new Date(now), updatedAt: new Date(now) });
    this.#setMap(this.#state.records, key(collection, id), row);
    return row;
  }

  async updateRecord(collection: string, id: string, expectedVersion: number, data: JsonValue, now: Date): Promise<RecordRow | undefined> {
    this.#assertOpen();
    const current = this.#state.records.get(key(collection, id));
    if (!current || current.version !== expectedVersion) return undefined;
    const row: RecordRow = deepFreeze({ ...current, version: current.version + 1, data, updatedAt: new Date(now) });
    this.#setMap(this.#state.records, key(collection, id), row);
    return row;
  }

  async deleteRecord(collection: string, id: string, expectedVersion: number): Promise<boolean> {
    this.#assertOpen();
    const current = this.#state.records.get(key(collection, id));
    if (!current || current.version !== expectedVersion) return false;
    this.#setMap(this.#state.records, key(collection, id), undefined);
    return true;
  }

  async eraseRecord(collection: string, id: string): Promise<{ recordErased: boolean; auditDetailsErased: number }> {
    this.#assertOpen();
    const recordErased = this.#state.records.has(key(collection, id));
    if (recordErased) this.#setMap(this.#state.records, key(collection, id), undefined);
    let auditDetailsErased = 0;
    // By the chained entry's record as well as the detail's own copy, so a detail row moved to another record is still found.
    const entries = new Set(
      this.#state.audit
        .view()
        .filter((entry) => entry.collection === collection && entry.recordId === id)
        .map((entry) => entry.id),
    );
    for (const [entryId, detail] of [...this.#state.details]) {
      if (entries.has(entryId) || (detail.collection === collection && detail.recordId === id)) {
        this.#setMap(this.#state.details, entryId, undefined);
        auditDetailsErased += 1;
      }
    }
    return { recordErased, auditDetailsErased };
  }

  async listRecords(collection: string, query: ListRecordsQuery): Promise<readonly RecordRow[]> {
    this.#assertOpen();
    const conditions = Object.entries(query.where);
    const rows = [...this.#state.records.values()].filter((row) => {
      if (row.collection !== collection) return false;
      if (query.afterSeq !== undefined && (query.order === 'asc' ? row.seq <= query.afterSeq : row.seq >= query.afterSeq)) return false;
      const data = row.data;
      if (conditions.length === 0) return true;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
      const object = data as { readonly [key: string]: JsonValue };
      return conditions.every(([field, value]) => Object.hasOwn(object, field) && object[field] === value);
    });
    rows.sort((a, b) => (query.order === 'asc' ? a.seq - b.seq : b.seq - a.seq));
    return rows.slice(0, query.limit);
  }

  async getRecords(collection: string, ids: readonly string[]): Promise<readonly RecordRow[]> {
    this.#assertOpen();
    const rows: RecordRow[] = [];
    for (const id of new Set(ids)) {
      const row = this.#state.records.get(key(collection, id));
      if (row) rows.push(row);
    }
    return rows;
  }

  async ensureIndexes(collection: string, specs: readonly IndexSpec[]): Promise<readonly string[]> {
    this.#assertOpen();
    const created: string[] = [];
    for (const spec of specs) {
      const name = `${collection}\u0000${spec.name}`;
      if (this.#state.indexes.has(name)) continue;
      this.#state.indexes.add(name);
      this.#undo.push(() => this.#state.indexes.delete(name));
      created.push(spec.name);
    }
    return created;
  }

  async findRecords(collection: string, plan: FindPlan): Promise<{ readonly rows: readonly RecordRow[]; readonly total: number }> {
    this.#assertOpen();
    const matching = [...this.#state.records.values()].filter((row) => row.collection === collection && matchesPlan(row.data, plan));
    matching.sort((a, b) => comparePlanRows(a, b, plan));
    return { rows: matching.slice(plan.offset, plan.offset + plan.limit), total: matching.length };
  }

  async readAuditHead(): Promise<{ seq: number; hash: string }> {
    this.#assertOpen();
    return { ...this.#state.auditHead };
  }

  async insertAuditEntries(entries: readonly AuditRow[], details: readonly AuditDetailRow[]): Promise<boolean> {
    this.#assertOpen();
    const log = this.#state.audit;
    const previous = this.#state.auditHead;
    let head = previous;
    for (const entry of entries) {
      // The rule the SQL trigger enforces: each entry links onto the head, and the head moves with it.
      if (entry.seq !== head.seq + 1 || entry.prevHash !== head.hash || entry.format !== CHAIN_FORMAT) return false;
      head = { seq: entry.seq, hash: entry.hash };
    }
    // Where the SQL primary key would refuse the row: something already sits after the head.
    if (log.length !== previous.seq) throw auditTamperedError();
    for (const entry of entries) log.append({ ...entry, fields: [...entry.fields] });
    this.#state.auditHead = head;
    this.#undo.push(() => {
      log.rollback(entries.length);
      this.#state.auditHead = previous;
    });
    for (const detail of details) this.#setMap(this.#state.details, detail.entryId, deepFreeze({ ...detail }));
    return true;
  }

  async listAudit(query: ListAuditQuery): Promise<readonly AuditRowWithDetail[]> {
    this.#assertOpen();
    const out: AuditRowWithDetail[] = [];
    for (const entry of this.#state.audit.view()) {
      if (entry.seq <= query.afterSeq) continue;
      if (query.maxSeq !== undefined && entry.seq > query.maxSeq) continue;
      if (query.collection !== undefined && entry.collection !== query.collection) continue;
      if (query.recordId !== undefined && entry.recordId !== query.recordId) continue;
      if (query.actor !== undefined && entry.actor !== query.actor) continue;
      out.push({ entry, detail: this.#state.details.get(entry.id) });
    }
    out.sort((a, b) => a.entry.seq - b.entry.seq);
    return out.slice(0, query.limit);
  }

  async enqueueOutbox(row: NewOutboxRow): Promise<{ row: OutboxRow; created: boolean }> {
    this.#assertOpen();
    const existingId = this.#state.outboxKeys.get(row.idempotencyKey);
    const existing = existingId === undefined ? undefined : this.#state.outbox.get(existingId);
    if (existing) return { row: existing, created: false };
    const seq = ++this.#state.outboxSeq;
    const created: OutboxRow = deepFreeze({
      id: row.id,
      seq,
      topic: row.topic,
      payload: row.payload,
      idempotencyKey: row.idempotencyKey,
      status: 'pending',
      attempts: 0,
      availableAt: new Date(row.availableAt),
      lockedUntil: null,
      leaseToken: null,
      lastError: null,
      createdAt: new Date(row.now),
      updatedAt: new Date(row.now),
      deliveredAt: null,
    });
    this.#setMap(this.#state.outbox, row.id, created);
    this.#setMap(this.#state.outboxKeys, row.idempotencyKey, row.id);
    return { row: created, created: true };
  }

  async getOutbox(id: string): Promise<OutboxRow | undefined> {
    this.#assertOpen();
    return this.#state.outbox.get(id);
  }

  async listOutbox(query: ListOutboxQuery): Promise<readonly OutboxRow[]> {
    this.#assertOpen();
    return [...this.#state.outbox.values()]
      .filter(
        (row) =>
          (query.status === undefined || row.status === query.status) &&
          (query.topic === undefined || row.topic === query.topic) &&
          (query.afterSeq === undefined || row.seq > query.afterSeq),
      )
      .sort((a, b) => a.seq - b.seq)
      .slice(0, query.limit);
  }

  async claimOutbox(query: ClaimOutboxQuery): Promise<readonly OutboxRow[]> {
    this.#assertOpen();
    const now = query.now.getTime();
    const due = [...this.#state.outbox.values()]
      .filter(
        (row) =>
          row.status === 'pending' &&
          query.topics.includes(row.topic) &&
          row.availableAt.getTime() <= now &&
          (row.lockedUntil === null || row.lockedUntil.getTime() <= now),
      )
      .sort((a, b) => a.availableAt.getTime() - b.availableAt.getTime() || a.seq - b.seq)
      .slice(0, query.limit);
    return due.map((row) => {
      const claimed: OutboxRow = deepFreeze({
        ...row,
        attempts: row.attempts + 1,
        lockedUntil: new Date(query.lockedUntil),
        leaseToken: query.leaseToken,
        updatedAt: new Date(query.now),
      });
      this.#setMap(this.#state.outbox, row.id, claimed);
      return claimed;
    });
  }

  async settleOutbox(id: string, leaseToken: string, settlement: OutboxSettlement): Promise<boolean> {
    this.#assertOpen();
    const row = this.#state.outbox.get(id);
    if (!row || row.status !== 'pending' || row.leaseToken !== leaseToken) return false;
    this.#setMap(
      this.#state.outbox,
      id,
      deepFreeze({
        ...row,
        status: settlement.status,
        availableAt: settlement.availableAt ? new Date(settlement.availableAt) : row.availableAt,
        lastError: settlement.lastError === undefined ? row.lastError : settlement.lastError,
        deliveredAt: settlement.deliveredAt === undefined ? row.deliveredAt : settlement.deliveredAt,
        lockedUntil: null,
        leaseToken: null,
        updatedAt: new Date(settlement.now),
      }),
    );
    return true;
  }

  async renewOutboxLeases(ids: readonly string[], leaseToken: string, lockedUntil: Date, now: Date): Promise<readonly string[]> {
    this.#assertOpen();
    const held: string[] = [];
    for (const id of ids) {
      const row = this.#state.outbox.get(id);
      if (!row || row.status !== 'pending' || row.leaseToken !== leaseToken) continue;
      this.#setMap(this.#state.outbox, id, deepFreeze({ ...row, lockedUntil: new Date(lockedUntil), updatedAt: new Date(now) }));
      held.push(id);
    }
    return held;
  }

  async retryOutbox(id: string, now: Date): Promise<OutboxRow | undefined> {
    this.#assertOpen();
    const row = this.#state.outbox.get(id);
    if (!row || row.status !== 'dead') return undefined;
    const next: OutboxRow = deepFreeze({
      ...row,
      status: 'pending',
      attempts: 0,
      availableAt: new Date(now),
      lockedUntil: null,
      leaseToken: null,
      updatedAt: new Date(now),
    });
    this.#setMap(this.#state.outbox, id, next);
    return next;
  }
}

/** The memory backend. Exported for the adapter factory and for tamper tests, not from the package index. */
export class MemoryBackend implements Backend {
  readonly adapter = 'memory' as const;
  readonly #state: MemoryState = {
    records: new Map(),
    recordSeq: 0,
    audit: new AppendOnlyLog<AuditRow>(),
    auditHead: { seq: 0, hash: GENESIS_HASH },
    details: new Map(),
    outbox: new Map(),
    outboxKeys: new Map(),
    outboxSeq: 0,
    migrations: new Map(),
    indexes: new Set(),
  };
  #tail: Promise<void> = Promise.resolve();
  #closed = false;

  readonly #assertOpen = (): void => {
    if (this.#closed) throw closedError();
  };

  // One operation or transaction at a time: what makes memory transactions isolated.
  async #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.#tail;
    let release: () => void = () => undefined;
    this.#tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      this.#assertOpen();
      return await fn();
    } finally {
      release();
    }
  }

  async #atomically<T>(fn: (ops: BackendOps) => Promise<T>): Promise<T> {
    const undo: (() => void)[] = [];
    try {
      return await fn(new MemoryOps(this.#state, undo, this.#assertOpen));
    } catch (error) {
      for (const step of undo.reverse()) step();
      throw error;
    }
  }

  autocommit<T>(fn: (ops: BackendOps) => Promise<T>): Promise<T> {
    return this.#exclusive(() => this.#atomically(fn));
  }

  transaction<T>(fn: (ops: BackendOps) => Promise<T>): Promise<T> {
    return this.#exclusive(() => this.#atomically(fn));
  }

  migrate(brick: string, steps: readonly MigrationStep[]): Promise<readonly MigrationStep[]> {
    return this.#exclusive(async () => {
      const applied = this.#state.migrations.get(brick) ?? new Map<number, string>();
      this.#state.migrations.set(brick, applied);
      const done: MigrationStep[] = [];
      for (const step of pendingMigrations(brick, applied, steps)) {
        await this.#atomically((ops) => step.run(ops, undefined));
        applied.set(step.version, step.name);
        done.push(step);
      }
      return done;
    });
  }

  describe(): string {
    return 'memory (nothing is kept after the process ends)';
  }

  async close(): Promise<void> {
    await this.#exclusive(async () => undefined).catch(() => undefined);
    this.#closed = true;
  }

  /** For tamper tests only: the raw audit rows, as someone with direct access to the process memory could change them. */
  unsafeAuditRowsForTesting(): AuditRow[] {
    return this.#state.audit.unsafeRaw();
  }

  /** For tamper tests only: the before/after detail rows by entry id. */
  unsafeAuditDetailsForTesting(): Map<string, AuditDetailRow> {
    return this.#state.details;
  }

  /** For tamper tests only: the chain head, which code outside this adapter cannot otherwise move. */
  unsafeSetAuditHeadForTesting(head: { seq: number; hash: string }): void {
    this.#state.auditHead = head;
  }
}
