/**
 * The behaviour every adapter shares: validation, optimistic concurrency,
 * the audit chain and the outbox rules, written once over the `Backend` row
 * operations so memory, PGlite and PostgreSQL cannot disagree.
 */
import type { $ZodType, input, output } from 'zod/v4/core';
import { CivicError, ValidationError, parseInput } from '@civicbricks/core';
import { z } from 'zod';
import type { Backend, BackendOps, MigrationStep } from './backend.js';
import { insideTransactionOf, runInTransaction, type TransactionMark } from './context.js';
import { closedError } from './errors.js';
import type {
  AuditHead,
  AuditVerification,
  BrickMigrations,
  Collection,
  CollectionOptions,
  MigrationReport,
  StorageHandle,
  Store,
  Transaction,
} from './types.js';
import { AuditLogImpl, verifyChain } from './audit.js';
import { CollectionImpl } from './collections.js';
import { OutboxImpl } from './outbox.js';
import { collectionName, type Scope } from './scope.js';
import { declareIndexes, type CollectionIndexes, type IndexDeclaration } from './query.js';

// Collections are opened again in every transaction: check a declaration object once.
const checkedDeclarations = new WeakMap<CollectionIndexes, Map<string, IndexDeclaration>>();

function declaredIndexes(collection: string, indexes: CollectionIndexes): IndexDeclaration {
  const byCollection = checkedDeclarations.get(indexes) ?? new Map<string, IndexDeclaration>();
  checkedDeclarations.set(indexes, byCollection);
  const known = byCollection.get(collection);
  if (known) return known;
  const declaration = declareIndexes(collection, indexes);
  byCollection.set(collection, declaration);
  return declaration;
}

export { CODE_NAME, COLLECTION_NAME, RECORD_ID } from './scope.js';

function makeHandle(scope: Scope): StorageHandle {
  return {
    collection<S extends $ZodType>(name: string, schema: S, options: CollectionOptions = {}): Collection<output<S>, input<S>> {
      parseInput(collectionName, name, { path: ['name'], codePrefix: 'storage.collection' });
      if (schema === null || typeof schema !== 'object' || !('_zod' in schema)) {
        throw new ValidationError('storage.collection.schema', 'The collection schema must be a zod schema.', { path: ['schema'] });
      }
      const indexes = options.indexes === undefined ? undefined : declaredIndexes(name, options.indexes);
      return new CollectionImpl(name, schema, scope, indexes);
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
