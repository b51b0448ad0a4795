/**
 * Notices when code inside `store.transaction(fn)` calls the store itself
 * instead of `tx`. On PGlite and the memory adapter that call would wait for
 * the transaction it is part of and hang for ever; on PostgreSQL it would
 * quietly run outside the transaction. Refusing it everywhere turns both into
 * one clear error.
 *
 * Uses AsyncLocalStorage where the runtime has it (Node, Deno, Bun) and is a
 * no-op elsewhere (browsers), where PGlite's single connection still
 * serialises the work safely.
 */

interface AsyncLocalStorageLike<T> {
  run<R>(store: T, fn: () => R): R;
  getStore(): T | undefined;
}

type AsyncLocalStorageConstructor = new <T>() => AsyncLocalStorageLike<T>;

/** One open transaction: which store it belongs to and whether it is still open. */
export interface TransactionMark {
  readonly owner: object;
  active: boolean;
}

function loadAsyncLocalStorage(): AsyncLocalStorageConstructor | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.('node:async_hooks') as { AsyncLocalStorage?: AsyncLocalStorageConstructor } | undefined;
  return mod?.AsyncLocalStorage;
}

const Storage = loadAsyncLocalStorage();
const storage: AsyncLocalStorageLike<readonly TransactionMark[]> | undefined = Storage
  ? new Storage<readonly TransactionMark[]>()
  : undefined;

/** Runs `fn` marked as inside a transaction of `owner`. */
export function runInTransaction<R>(mark: TransactionMark, fn: () => R): R {
  if (!storage) return fn();
  const current = storage.getStore() ?? [];
  return storage.run([...current, mark], fn);
}

/** True when the caller is inside a still-open transaction of `owner`. */
export function insideTransactionOf(owner: object): boolean {
  const marks = storage?.getStore();
  return marks !== undefined && marks.some((mark) => mark.owner === owner && mark.active);
}
