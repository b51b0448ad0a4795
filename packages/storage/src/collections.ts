/** Typed collections: zod-checked records with optimistic concurrency, and erasure that leaves the audit chain whole. */
import type { $ZodType, input, output } from 'zod/v4/core';
import { ConflictError, NotFoundError, ValidationError, parseInput } from '@civicbricks/core';
import { z } from 'zod';
import type { RecordRow } from './backend.js';
import { randomId } from './hash.js';
import { cloneJson, toJsonValue, type JsonObject, type JsonValue } from './json.js';
import type { Collection, EraseOptions, EraseResult, ListQuery, Page, StoredRecord } from './types.js';
import { planQuery, type FindPage, type FindQuery, type IndexDeclaration } from './query.js';
import { appendAuditEntry } from './audit.js';
import { decodeCursor, encodeCursor, iso, LIST_LIMIT, recordId, version, type Scope } from './scope.js';

function toRecord<T>(row: RecordRow): StoredRecord<T> {
  return {
    id: row.id,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    data: cloneJson(row.data) as unknown as T,
  };
}

export class CollectionImpl<S extends $ZodType> implements Collection<output<S>, input<S>> {
  readonly #schema: S;
  readonly #scope: Scope;
  readonly #what: string;
  readonly #indexes: IndexDeclaration | undefined;

  constructor(
    readonly name: string,
    schema: S,
    scope: Scope,
    indexes: IndexDeclaration | undefined,
  ) {
    this.#schema = schema;
    this.#scope = scope;
    this.#what = `${name} record`;
    this.#indexes = indexes;
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

  async getMany(ids: readonly string[]): Promise<readonly StoredRecord<output<S>>[]> {
    const parsed = parseInput(z.array(recordId).max(500), ids, { path: ['ids'], codePrefix: 'storage' });
    const rows = await this.#scope.autocommit((ops) => ops.getRecords(this.name, parsed));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return [...new Set(parsed)].flatMap((id) => {
      const row = byId.get(id);
      return row ? [toRecord<output<S>>(row)] : [];
    });
  }

  async ensureIndexes(): Promise<{ readonly created: readonly string[] }> {
    const declaration = this.#indexes;
    if (declaration === undefined) {
      throw new ValidationError(
        'storage.indexes.none_declared',
        `The ${this.name} collection was opened without index declarations: pass \`{ indexes }\` to \`collection()\``,
        { path: ['indexes'] },
      );
    }
    const created = await this.#scope.autocommit((ops) => ops.ensureIndexes(this.name, declaration.indexes));
    return { created };
  }

  async find(query: FindQuery = {}): Promise<FindPage<StoredRecord<output<S>>>> {
    const plan = planQuery(this.#indexes, query);
    // One transaction for both reads. Under PostgreSQL's read committed, a write committed between them can still
    // make the total and the page differ by that write; a queue reloads often enough for that not to matter.
    const { rows, total } = await this.#scope.atomic((ops) => ops.findRecords(this.name, plan));
    return {
      items: rows.map((row) => toRecord<output<S>>(row)),
      total,
      page: plan.offset / plan.limit + 1,
      pageSize: plan.limit,
      pageCount: Math.max(1, Math.ceil(total / plan.limit)),
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
