/**
 * How the runner keeps a workflow in storage: the collections, the brick's storage
 * migrations, the audit entries it writes and the typed errors it throws.
 */
import { ConflictError, type CivicErrorOptions } from '@civicbricks/core/errors';
import { sql, type BrickMigrations, type JsonObject as StoredJsonObject } from '@civicbricks/storage';
import * as z from 'zod/mini';
import type { HistoryEntry, WorkflowSnapshot } from '../model.js';
import { HistoryEntrySchema, WorkflowSnapshotSchema } from '../schema.js';

/** The collection of process instances: one record per process, its id the process id. */
export const PROCESS_COLLECTION = 'workflow.process';
/** The collection of pending timers: one record per pending timer, `<processId>:<timerId>`. */
export const TIMER_COLLECTION = 'workflow.timer';

/** Audit actions the runner writes, all with `collection: 'workflow.process'` and `recordId: <processId>`. */
export const AUDIT_ACTIONS = Object.freeze({
  started: 'workflow.started',
  migrated: 'workflow.migrated',
  event: 'workflow.event',
  timer: 'workflow.timer_fired',
});

/** Process ids: letters, digits, `.`, `_` and `-` (no `:`, which separates the parts of a timer row id). */
export const PROCESS_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;

export const ProcessRecordSchema = z.strictObject({
  definitionId: z.string(),
  /** Copies of the snapshot's fields, so that a service can list processes by status. */
  status: z.enum(['active', 'done']),
  state: z.array(z.string()),
  snapshot: WorkflowSnapshotSchema,
});
export type ProcessRecord = z.infer<typeof ProcessRecordSchema>;

export const TimerRecordSchema = z.strictObject({
  processId: z.string(),
  definitionId: z.string(),
  timerId: z.string(),
  state: z.string(),
  /** The absolute deadline, UTC with milliseconds: it never moves once armed. */
  deadline: z.string(),
});
export type TimerRecord = z.infer<typeof TimerRecordSchema>;

export const timerRecordId = (processId: string, timerId: string): string => `${processId}:${timerId}`;

/**
 * The workflow brick's storage migrations. The runner applies them itself (once per
 * runner, safe to repeat); pass them to `createStore({ migrations })` to apply them at start.
 * Indexes let `list({ where: { processId } })` and `list({ where: { status } })` find rows
 * without scanning every record of the collection.
 */
export const workflowStorageMigrations: BrickMigrations = {
  brick: 'workflow',
  migrations: [
    {
      version: 1,
      name: 'process-and-timer-indexes',
      up: async ({ sql: db }) => {
        if (!db) return;
        await db.execute(
          sql`create index workflow_timers_by_process on civic_records ((data -> 'processId')) where collection = 'workflow.timer'`,
        );
        await db.execute(
          sql`create index workflow_processes_by_status on civic_records ((data -> 'status')) where collection = 'workflow.process'`,
        );
      },
    },
  ],
};

/** What the audit log keeps beside (not in) the chain for a start or a migration: the snapshot replay starts from. */
export const BaseDetailSchema = z.strictObject({ snapshot: WorkflowSnapshotSchema });
/** What the audit log keeps beside the chain for an event: the history entry, event data included. */
export const EventDetailSchema = z.strictObject({ entry: HistoryEntrySchema });

/** Pseudonymous facts about a step, kept in the chain for ever: names and numbers only, never event data or context. */
export function stepMetadata(before: WorkflowSnapshot | undefined, after: WorkflowSnapshot, entry?: HistoryEntry): StoredJsonObject {
  const metadata: Record<string, StoredJsonObject[string]> = {
    definitionId: after.definitionId,
    definitionVersion: after.definitionVersion,
    seq: after.seq,
    to: after.state.join('.'),
    status: after.status,
  };
  if (before) metadata.from = before.state.join('.');
  if (entry) {
    metadata.event = entry.event.type;
    if (entry.event.timer !== undefined) metadata.timer = entry.event.timer;
  }
  return metadata;
}

/** Which parts of the snapshot a step changed, for the audit entry's `fields`. */
export function changedFields(before: WorkflowSnapshot | undefined, after: WorkflowSnapshot): string[] {
  const keys = ['definitionVersion', 'state', 'status', 'context', 'timers'] as const;
  if (!before) return [...keys];
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * The process was changed by someone else (a colleague, a timer, another server)
 * since the caller read it. Code `workflow.process_changed`; a `ConflictError`, so
 * a service can show it as it is: reload, look, try again. `currentSeq` is the
 * process's `seq` now, when known.
 */
export class ProcessChangedError extends ConflictError {
  readonly processId: string;
  readonly currentSeq: number | undefined;

  constructor(processId: string, currentSeq: number | undefined, options: CivicErrorOptions = {}) {
    super(
      'workflow.process_changed',
      'This case was changed by someone else since you loaded it. Reload it to see what changed, then try again.',
      { retryable: true, path: ['processId'], ...options },
    );
    this.processId = processId;
    this.currentSeq = currentSeq;
  }
}
