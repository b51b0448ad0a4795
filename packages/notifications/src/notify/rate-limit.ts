/**
 * Notify allows 3,000 messages a minute per API key, over a rolling minute.
 * Counting on our side means a burst waits here (or is told when to retry)
 * instead of being refused by Notify with a 429.
 */
export interface RateLimiterOptions {
  /** Messages allowed in any window; 3,000 if absent. */
  readonly limit?: number;
  /** Window length; 60 000 ms if absent. */
  readonly windowMs?: number;
  readonly clock?: () => Date;
}

/** A rolling-window counter. Share one between providers that use the same API key. */
export class RollingRateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly #clock: () => Date;
  readonly #times: number[] = [];

  constructor(options: RateLimiterOptions = {}) {
    this.limit = options.limit ?? 3000;
    this.windowMs = options.windowMs ?? 60_000;
    this.#clock = options.clock ?? (() => new Date());
  }

  /**
   * Takes a slot and returns 0, or takes nothing and returns how many
   * milliseconds until a slot frees up.
   */
  tryTake(): number {
    const now = this.#clock().getTime();
    while (this.#times.length > 0 && (this.#times[0] ?? 0) <= now - this.windowMs) this.#times.shift();
    if (this.#times.length < this.limit) {
      this.#times.push(now);
      return 0;
    }
    return (this.#times[0] ?? now) + this.windowMs - now;
  }

  /** Messages counted in the current window. */
  get used(): number {
    const now = this.#clock().getTime();
    return this.#times.filter((time) => time > now - this.windowMs).length;
  }
}
