/** The transactional outbox: messages written beside the state change they announce, delivered by a worker. */
import { ConflictError, NotFoundError, ValidationError, parseInput } from '@civicbricks/core';
import { z } from 'zod';
import type { OutboxRow } from './backend.js';
import { randomId } from './hash.js';
import { cloneJson, toJsonValue } from './json.js';
import type { EnqueueResult, Outbox, OutboxEnqueue, OutboxMessage, OutboxQuery, Page } from './types.js';
import { codeName, decodeCursor, encodeCursor, iso, LIST_LIMIT, type Scope } from './scope.js';

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

export class OutboxImpl implements Outbox {
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
