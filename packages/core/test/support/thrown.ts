/**
 * The error a call throws, for tests that go on to inspect it (`expect(...).toThrow`
 * checks one property at a time and cannot hand the error back): the synchronous
 * counterpart of the repository's `rejection`. A call that returns fails the test.
 */
import { expect } from 'vitest';
import type { CivicError } from '../../src/errors.js';

type ErrorClass<E> = abstract new (...args: never[]) => E;

export function thrown<E>(action: () => unknown, type: ErrorClass<E>): E {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}, but nothing was thrown`);
}

/** The `type` error a call throws, checked to carry `code` and `path`. */
export function thrownWith<E extends CivicError>(
  action: () => unknown,
  type: ErrorClass<E>,
  code: string,
  path: readonly (string | number)[] = [],
): E {
  const error = thrown(action, type);
  expect(error.code).toBe(code);
  expect(error.path).toEqual(path);
  return error;
}
