/** What the Node-only store functions share: reading the store handle and a clock. */
import { ValidationError } from '@civicbricks/core/errors';
import type { Store, StorageHandle } from '@civicbricks/storage';
import { describeType } from '../validators/shared.js';

/** Checks that `store` is a store from `@civicbricks/storage`'s `createStore`. */
export function readStore(store: unknown, path: readonly (string | number)[] = ['store']): Store {
  const candidate = store as Partial<Store> | null;
  if (
    typeof store !== 'object' ||
    candidate === null ||
    typeof candidate.collection !== 'function' ||
    typeof candidate.transaction !== 'function' ||
    typeof candidate.audit !== 'object'
  ) {
    throw new ValidationError(
      'registration.invalid_store',
      `Expected a store from @civicbricks/storage's createStore(), not ${describeType(store)}`,
      {
        path,
      },
    );
  }
  return candidate as Store;
}

/** A handle that only needs collections (a store or a transaction). */
export type Handle = Pick<StorageHandle, 'collection' | 'audit' | 'outbox'>;

/** The clock's time, checked: a broken clock must not issue links that never expire. */
export function readClock(clock: () => Date): Date {
  const now = clock();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new ValidationError('registration.invalid_clock', 'The clock must return a valid Date', { path: ['options', 'clock'] });
  }
  return now;
}
