/**
 * The timer scheduler: finds timers whose deadline has passed and has the runner fire
 * them. Any number of schedulers may run against one store: a timer fires in the same
 * transaction that moves its process to a new version, so of two schedulers racing on one
 * timer, the second finds the process changed, reloads it and finds nothing left to fire.
 */
import { ConflictError, ValidationError, type CivicError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import type { Store } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { TIMER_COLLECTION, TimerRecordSchema } from './records.js';
import type { WorkflowRunner } from './runner.js';

export interface TimerSchedulerOptions {
  readonly runner: WorkflowRunner;
  /** The store holding the timers; the runner's store if absent. */
  readonly store?: Store;
  /** Where `now` comes from; the runner's clock if absent. */
  readonly clock?: () => Date;
  /** How long `start()` waits between runs; 30 000 ms if absent. */
  readonly pollIntervalMs?: number;
  /** Pseudonymous actor for the audit entries of fired timers; `system:timer` if absent. */
  readonly actor?: string;
  /**
   * Told about a process whose timers could not be fired (the others still are), and, with
   * `processId` `''`, about a run of `start()` that failed as a whole. Without it, errors are
   * only in `runOnce()`'s result, so give one when you use `start()`.
   */
  readonly onError?: (error: unknown, processId: string) => void;
}

/** What one run did. */
export interface TimerRunResult {
  /** Timers fired by this scheduler, across all processes. */
  readonly fired: number;
  /** Processes that had a due timer. */
  readonly processes: number;
  /** Processes another writer changed first; reloaded and retried, this counts how often. */
  readonly conflicts: number;
  readonly errors: readonly { readonly processId: string; readonly error: unknown }[];
}

export interface TimerScheduler {
  /** Fires every timer due now, once. */
  runOnce(): Promise<TimerRunResult>;
  /** Runs now and then every `pollIntervalMs` until `stop()`. */
  start(): void;
  /** Stops polling and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

const OptionsSchema = z.object({
  runner: z.custom<WorkflowRunner>(
    (value) => typeof value === 'object' && value !== null && typeof (value as { fireDueTimers?: unknown }).fireDueTimers === 'function',
    'This must be a runner from createWorkflowRunner()',
  ),
  store: z.optional(z.custom<Store>((value) => typeof value === 'object' && value !== null, 'This must be a store')),
  clock: z.optional(z.custom<() => Date>((value) => typeof value === 'function', 'The clock must be a function')),
  pollIntervalMs: z.optional(z.int().check(z.minimum(10), z.maximum(24 * 60 * 60 * 1000))),
  actor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  onError: z.optional(z.custom<(error: unknown, processId: string) => void>((value) => typeof value === 'function')),
});

/** How many times a process that keeps changing under the scheduler is reloaded in one run. */
const ATTEMPTS = 3;

/**
 * Creates a timer scheduler. Deadlines are absolute instants stored with each pending
 * timer, so a scheduler started after an outage fires everything that fell due while it
 * was down, earliest first, each once, at the restart's `now`.
 *
 * @throws {ValidationError} for invalid options.
 */
export function createTimerScheduler(options: TimerSchedulerOptions): TimerScheduler {
  const parsed = parseInput(OptionsSchema, options, { path: ['options'], codePrefix: 'workflow.scheduler', what: 'scheduler options' });
  const { runner } = parsed;
  const store = parsed.store ?? runner.store;
  const clock = parsed.clock ?? runner.clock;
  const interval = parsed.pollIntervalMs ?? 30_000;
  const actor = parsed.actor ?? 'system:timer';
  const timers = store.collection(TIMER_COLLECTION, TimerRecordSchema);

  const dueProcesses = async (now: Date): Promise<string[]> => {
    const due = new Map<string, string>();
    let cursor: string | undefined;
    do {
      const page = await timers.list({ limit: 500, ...(cursor === undefined ? {} : { cursor }) });
      for (const row of page.items) {
        if (Date.parse(row.data.deadline) > now.getTime()) continue;
        const earliest = due.get(row.data.processId);
        if (earliest === undefined || row.data.deadline < earliest) due.set(row.data.processId, row.data.deadline);
      }
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return [...due.entries()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map(([processId]) => processId);
  };

  const runOnce = async (): Promise<TimerRunResult> => {
    const now = clock();
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
      throw new ValidationError('workflow.invalid_clock', 'The clock must return a valid Date', { path: ['clock'] });
    }
    const processes = await dueProcesses(now);
    let fired = 0;
    let conflicts = 0;
    const errors: { processId: string; error: unknown }[] = [];
    for (const processId of processes) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          fired += (await runner.fireDueTimers(processId, { now, actor })).records.length;
          break;
        } catch (error) {
          // Someone else wrote first: another scheduler firing the same timer, or a person's event.
          // Reload: what is still due after their change is fired now, and nothing twice.
          const changed = error instanceof ConflictError && (error as CivicError).code !== 'workflow.event_not_allowed';
          if (changed) conflicts += 1;
          if (changed && attempt < ATTEMPTS) continue;
          errors.push({ processId, error });
          parsed.onError?.(error, processId);
          break;
        }
      }
    }
    return { fired, processes: processes.length, conflicts, errors: Object.freeze(errors) };
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> | undefined;
  let started = false;

  const tick = (): void => {
    running = runOnce()
      .catch((error: unknown) => parsed.onError?.(error, ''))
      .finally(() => {
        running = undefined;
        if (started) timer = setTimeout(tick, interval);
      });
  };

  return {
    runOnce,
    start() {
      if (started) return;
      started = true;
      tick();
    },
    async stop() {
      started = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
