/**
 * @civicbricks/workflow/runner: workflows kept in `@civicbricks/storage` (Node only).
 *
 * {@link createWorkflowRunner} stores each process's snapshot, appends every accepted
 * event to the hash-chained audit log, writes commands to the outbox and timers to a
 * timers collection, all in one transaction with optimistic concurrency;
 * {@link createTimerScheduler} fires timers when their deadline passes, once, across
 * restarts and across several instances.
 */
export {
  createWorkflowRunner,
  type FireTimersOptions,
  type FireTimersResult,
  type ProcessHistory,
  type ProcessView,
  type SendOptions,
  type SendResult,
  type StartProcessOptions,
  type WorkflowRunner,
  type WorkflowRunnerOptions,
} from './runner.js';
export { createTimerScheduler, type TimerRunResult, type TimerScheduler, type TimerSchedulerOptions } from './scheduler.js';
export {
  AUDIT_ACTIONS,
  PROCESS_COLLECTION,
  ProcessChangedError,
  TIMER_COLLECTION,
  workflowStorageMigrations,
  type ProcessRecord,
  type TimerRecord,
} from './records.js';
