/**
 * Waiting, for the HTTP adapters' retries and backoff (GOV.UK Notify, GOV.UK Pay). Injectable in each
 * adapter, so tests pass their own and never wait on the clock.
 */

/** Resolves after `ms` milliseconds, or rejects with the signal's reason as soon as it is aborted. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
