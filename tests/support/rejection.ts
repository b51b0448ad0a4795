/**
 * The error a promise rejects with, for tests that go on to inspect its code,
 * path and message (`expect(...).rejects` checks one property at a time and
 * cannot hand the error back). A promise that fulfils fails the test.
 */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
