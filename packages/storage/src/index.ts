/**
 * @civicbricks/storage: the one place Civic Bricks keep durable state.
 *
 * Typed collections with optimistic concurrency, an append-only hash-chained
 * audit log, a transactional outbox and per-brick migrations, on three
 * adapters that pass one conformance suite: memory (unit tests), PGlite (the
 * embedded default) and PostgreSQL (production).
 */
export { createStore, createStoreFromEnv, storeOptionsSchema } from './create.js';
export type {
  CommonStoreOptions,
  MemoryStoreOptions,
  PgliteStoreOptions,
  PostgresStoreOptions,
  StoreEnvironment,
  StoreOptions,
} from './create.js';
export { createOutboxWorker, outboxBackoffDelay } from './outbox-worker.js';
export type { BackoffOptions, OutboxDelivery, OutboxHandler, OutboxRunResult, OutboxWorker, OutboxWorkerOptions } from './outbox-worker.js';
export { canonicalJson, toJsonValue } from './json.js';
export type { JsonObject, JsonPrimitive, JsonValue } from './json.js';
export { DataDirectoryInUseError, redactConnectionString, redactSecrets } from './errors.js';
export type * from './types.js';
export { collectionIndexesSchema, findQuerySchema } from './query.js';
export type { CollectionIndexes, FieldCondition, FindPage, FindQuery, IndexedFieldType, QueryScalar, SortKey } from './query.js';
/** Kysely's SQL template tag, for migrations: interpolated values become bound parameters. */
export { sql } from 'kysely';
