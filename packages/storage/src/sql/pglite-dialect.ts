/**
 * Kysely on PGlite. Kysely's own PGlite dialect arrived in 0.29, which declares Node 22 and up, while the
 * bricks support Node 20.19; this is the small driver it would be, on Kysely 0.28's stable Dialect API.
 *
 * PGlite has one connection and runs every `query` and every `transaction` exclusively, so the driver
 * keeps no pool and no lock of its own: each query outside a transaction is one `pglite.query`, and each
 * Kysely transaction is one `pglite.transaction`, held open until Kysely commits or rolls back. Other
 * users of the same PGlite instance (stores sharing it under other schemas) wait for it as they should.
 */
import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import {
  type CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

export class PgliteDialect implements Dialect {
  readonly #pglite: PGlite;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PgliteDriver(this.#pglite);
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}

class PgliteDriver implements Driver {
  readonly #pglite: PGlite;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async init(): Promise<void> {
    await this.#pglite.waitReady;
  }

  // A connection of its own for each caller: its only state is the transaction it may be in.
  async acquireConnection(): Promise<DatabaseConnection> {
    return new PgliteConnection(this.#pglite);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await (connection as PgliteConnection).begin(settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PgliteConnection).end('commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PgliteConnection).end('rollback');
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {}
}

/** A transaction in progress: PGlite's handle, and how to let its callback return. */
interface OpenTransaction {
  readonly handle: PgliteTransaction;
  readonly finish: (outcome: 'commit' | 'rollback') => void;
  /** Settles once PGlite has committed (or rolled back): a failed COMMIT rejects here. */
  readonly done: Promise<void>;
}

class PgliteConnection implements DatabaseConnection {
  readonly #pglite: PGlite;
  #transaction: OpenTransaction | undefined;

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const target = this.#transaction?.handle ?? this.#pglite;
    const result = await target.query<R>(compiledQuery.sql, [...compiledQuery.parameters], { rowMode: 'object' });
    return {
      rows: result.rows,
      ...(result.affectedRows === undefined ? {} : { numAffectedRows: BigInt(result.affectedRows) }),
    };
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    // PGlite returns whole results; one chunk is what a stream of them can be.
    yield await this.executeQuery<R>(compiledQuery);
  }

  async begin(settings: TransactionSettings): Promise<void> {
    if (this.#transaction) throw new Error('This PGlite connection is in a transaction already');
    let opened!: (handle: PgliteTransaction) => void;
    const handle = new Promise<PgliteTransaction>((resolve) => (opened = resolve));
    let finish!: (outcome: 'commit' | 'rollback') => void;
    const outcome = new Promise<'commit' | 'rollback'>((resolve) => (finish = resolve));
    const done = this.#pglite.transaction(async (tx) => {
      opened(tx);
      if ((await outcome) === 'rollback' && !tx.closed) await tx.rollback();
    });
    // BEGIN failed before the callback ran: nothing to wait for but the error.
    const started = await Promise.race([handle, done.then(() => undefined)]);
    if (!started) throw new Error('PGlite did not open a transaction');
    this.#transaction = { handle: started, finish, done };
    const isolation = settings.isolationLevel;
    if (!isolation) return;
    try {
      await started.query(`set transaction isolation level ${isolation}`);
    } catch (error) {
      // Kysely does not roll back a transaction that failed to begin: left open, it would hold PGlite for good.
      await this.end('rollback').catch(() => undefined);
      throw error;
    }
  }

  async end(outcome: 'commit' | 'rollback'): Promise<void> {
    const transaction = this.#transaction;
    if (!transaction) throw new Error('This PGlite connection is not in a transaction');
    this.#transaction = undefined;
    transaction.finish(outcome);
    await transaction.done;
  }
}
