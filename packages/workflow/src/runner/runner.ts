/**
 * The storage-backed runner: loads a process, applies the pure `transition`, and
 * writes the new snapshot, its audit entries, its commands (outbox) and its timers in
 * one transaction, guarded by optimistic concurrency.
 */
import { CivicError, ConflictError, NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import type { Collection, StoredRecord, Store, StorageHandle, Transaction } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { isMachine } from '../compile.js';
import { createMachine } from '../definition.js';
import { isJsonValue, type JsonValue } from '../json.js';
import { allowedEvents as allowedEventsOf, dueTimers, start as startInstance, transition } from '../machine.js';
import { emptyRegistry, type WorkflowRegistry } from '../registry.js';
import {
  TIMER_EVENT,
  type CommandEffect,
  type Effect,
  type FiredTimers,
  type HistoryEntry,
  type WorkflowDefinition,
  type WorkflowEvent,
  type WorkflowMachine,
  type WorkflowSnapshot,
} from '../model.js';
import { loadSnapshot, type Migration } from '../snapshot.js';
import {
  AUDIT_ACTIONS,
  BaseDetailSchema,
  changedFields,
  EventDetailSchema,
  PROCESS_COLLECTION,
  PROCESS_ID_PATTERN,
  ProcessChangedError,
  ProcessRecordSchema,
  stepMetadata,
  TIMER_COLLECTION,
  timerRecordId,
  TimerRecordSchema,
  workflowStorageMigrations,
  type ProcessRecord,
  type TimerRecord,
} from './records.js';

export interface WorkflowRunnerOptions {
  /** Where processes, their audit trail, their commands and their timers live. */
  readonly store: Store;
  /**
   * The current version of every workflow this runner runs (one per id): machines from
   * `createMachine`, or definitions (JSON), which the runner makes into machines once,
   * with `registry`, when it is created.
   */
  readonly definitions: readonly (WorkflowMachine | WorkflowDefinition)[];
  /** The guards, actions and context validators the definitions (not the machines, which have their own) name. */
  readonly registry?: WorkflowRegistry;
  /** Migrations for snapshots written by older versions of the definitions. */
  readonly migrations?: readonly Migration[];
  /** Where `now` comes from; `() => new Date()` if absent. Inject one in tests. */
  readonly clock?: () => Date;
}

/** A stored process, ready to use (migrated in memory if an older definition wrote it). */
export interface ProcessView {
  readonly processId: string;
  readonly definitionId: string;
  readonly snapshot: WorkflowSnapshot;
  /** True when the stored snapshot was written by an older definition; the next write stores the migrated one. */
  readonly migrated: boolean;
}

export interface StartProcessOptions {
  /** Pseudonymous id of who started it (a staff id, `citizen:<account>`, `system`); `system` if absent. */
  readonly actor?: string;
}

export interface SendOptions {
  /**
   * The `seq` of the snapshot the caller decided on (the one a page showed). If the
   * process has moved on since, nothing is written and {@link ProcessChangedError} is thrown.
   */
  readonly expectedSeq?: number;
  /** Pseudonymous id of who sent it; `system` if absent. */
  readonly actor?: string;
}

export interface FireTimersOptions {
  /** The instant to fire at; the runner's clock if absent (the scheduler passes its own). */
  readonly now?: Date;
  readonly actor?: string;
}

/** What `send` did. */
export interface SendResult {
  readonly snapshot: WorkflowSnapshot;
  readonly effects: readonly Effect[];
  readonly record: HistoryEntry;
}

/** What `fireDueTimers` did: one history entry per timer fired, earliest first (as the pure `fireDueTimers` reports it). */
export type FireTimersResult = FiredTimers;

/**
 * A process's history, read back from the audit log: the snapshot it started from
 * (or was last migrated to) and every event accepted since, in order.
 * `replay(machine, initial, entries)` gives the stored snapshot.
 */
export interface ProcessHistory {
  readonly processId: string;
  readonly definitionId: string;
  readonly initial: WorkflowSnapshot;
  readonly entries: readonly HistoryEntry[];
}

export interface WorkflowRunner {
  readonly store: Store;
  /** The runner's clock. */
  readonly clock: () => Date;
  /** Starts a process of `definitionId` under `processId`, with `context` or the definition's initial context. */
  start(processId: string, definitionId: string, context?: JsonValue, options?: StartProcessOptions): Promise<ProcessView>;
  /** Applies one event and stores everything it caused, or nothing. */
  send(processId: string, event: WorkflowEvent | string, options?: SendOptions): Promise<SendResult>;
  /** Fires every timer of the process that is due, earliest first, each exactly once. */
  fireDueTimers(processId: string, options?: FireTimersOptions): Promise<FireTimersResult>;
  /** The stored process. */
  get(processId: string): Promise<ProcessView>;
  /** The events the process accepts now, guards evaluated. */
  allowedEvents(processId: string): Promise<readonly string[]>;
  /** The process's history from the audit log. */
  history(processId: string): Promise<ProcessHistory>;
}

const OptionsSchema = z.object({
  store: z.custom<Store>(
    (value) => typeof value === 'object' && value !== null && typeof (value as { transaction?: unknown }).transaction === 'function',
    'This must be a store from createStore()',
  ),
  definitions: z.array(z.unknown()).check(z.minLength(1, 'Give at least one definition')),
  registry: z.optional(z.custom<WorkflowRegistry>((value) => typeof value === 'object' && value !== null, 'This must be a registry')),
  migrations: z.optional(z.array(z.unknown())),
  clock: z.optional(z.custom<() => Date>((value) => typeof value === 'function', 'The clock must be a function returning a Date')),
});

const PAGE = 500;

function readProcessId(value: unknown): string {
  if (typeof value !== 'string' || !PROCESS_ID_PATTERN.test(value)) {
    throw new ValidationError(
      'workflow.invalid_process_id',
      'A process id is 1 to 120 letters, digits, ".", "_" or "-", starting with a letter or digit',
      { path: ['processId'] },
    );
  }
  return value;
}

function readActor(value: unknown): string {
  if (value === undefined) return 'system';
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) {
    throw new ValidationError('workflow.invalid_actor', 'The actor must be a pseudonymous id of 1 to 200 characters', {
      path: ['options', 'actor'],
    });
  }
  return value;
}

function readExpectedSeq(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new ValidationError('workflow.invalid_expected_seq', '`expectedSeq` must be the whole-number `seq` of a snapshot', {
      path: ['options', 'expectedSeq'],
    });
  }
  return value as number;
}

function readNow(clock: () => Date, override?: unknown): string {
  const now = override === undefined ? clock() : override;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new ValidationError('workflow.invalid_clock', 'The clock must return a valid Date', { path: ['now'] });
  }
  return now.toISOString();
}

async function listAll<T>(collection: Collection<T>, where: Readonly<Record<string, string>>): Promise<StoredRecord<T>[]> {
  const rows: StoredRecord<T>[] = [];
  let cursor: string | undefined;
  do {
    const page = await collection.list({ where, limit: PAGE, ...(cursor === undefined ? {} : { cursor }) });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return rows;
}

/** One accepted step, with the snapshots either side, for its audit entry. */
interface Step {
  readonly before: WorkflowSnapshot;
  readonly after: WorkflowSnapshot;
  readonly entry: HistoryEntry;
  readonly effects: readonly Effect[];
}

/** Everything one transaction writes. */
interface Write {
  readonly processId: string;
  readonly actor: string;
  /** The stored record being replaced (undefined when starting). */
  readonly stored: StoredRecord<ProcessRecord> | undefined;
  /** A new starting point for replay: the first snapshot, or a migrated one. */
  readonly base?: { readonly action: 'started' | 'migrated'; readonly snapshot: WorkflowSnapshot; readonly effects: readonly Effect[] };
  readonly steps: readonly Step[];
  readonly final: WorkflowSnapshot;
}

/**
 * Creates a runner over a store. Every write is one transaction: the process record
 * (updated only if it is still at the version read, so a stale write fails with
 * {@link ProcessChangedError} and changes nothing), one audit entry per history entry,
 * one outbox message per command, and the process's rows in the timers collection
 * made equal to its pending timers. Correctness rests on the version check, never on locks.
 *
 * @throws {ValidationError} for invalid options or definitions.
 */
export function createWorkflowRunner(options: WorkflowRunnerOptions): WorkflowRunner {
  const parsed = parseInput(OptionsSchema, options, { path: ['options'], codePrefix: 'workflow.runner', what: 'runner options' });
  const store = parsed.store;
  const registry = parsed.registry ?? emptyRegistry();
  const migrations = (parsed.migrations ?? []) as readonly Migration[];
  const clock = parsed.clock ?? (() => new Date());
  // Made once per runner: every step of every process reuses its workflow's machine.
  const machines = new Map<string, WorkflowMachine>();
  parsed.definitions.forEach((input, index) => {
    const machine = isMachine(input) ? input : createMachine(input, registry);
    const { definition } = machine;
    if (machines.has(definition.id)) {
      throw new ValidationError(
        'workflow.duplicate_definition',
        `Two definitions have the id "${definition.id}": give the runner only the current version of each`,
        { path: ['options', 'definitions', index, 'id'] },
      );
    }
    machines.set(definition.id, machine);
  });

  let migrating: Promise<unknown> | undefined;
  const ready = async (): Promise<void> => {
    migrating ??= store.migrate(workflowStorageMigrations).catch((error: unknown) => {
      migrating = undefined;
      throw error;
    });
    await migrating;
  };

  const machineFor = (definitionId: string): WorkflowMachine => {
    const machine = machines.get(definitionId);
    if (!machine) {
      throw new NotFoundError('workflow.unknown_definition', `This runner has no definition "${definitionId}"`, {
        path: ['definitionId'],
      });
    }
    return machine;
  };

  const processes = (handle: StorageHandle): Collection<ProcessRecord> => handle.collection(PROCESS_COLLECTION, ProcessRecordSchema);
  const timers = (handle: StorageHandle): Collection<TimerRecord> => handle.collection(TIMER_COLLECTION, TimerRecordSchema);

  const load = async (
    handle: StorageHandle,
    processId: string,
  ): Promise<{ stored: StoredRecord<ProcessRecord>; machine: WorkflowMachine; view: ProcessView }> => {
    const stored = await processes(handle).get(processId);
    if (!stored) throw new NotFoundError('workflow.process_not_found', `There is no process "${processId}"`, { path: ['processId'] });
    const machine = machineFor(stored.data.definitionId);
    const loaded = loadSnapshot(machine, stored.data.snapshot, { migrations });
    return {
      stored,
      machine,
      view: { processId, definitionId: machine.definition.id, snapshot: loaded.snapshot, migrated: loaded.versions.length > 1 },
    };
  };

  const write = async (tx: Transaction, plan: Write): Promise<void> => {
    const { processId, actor, final } = plan;
    const data: ProcessRecord = {
      definitionId: final.definitionId,
      status: final.status,
      state: [...final.state],
      snapshot: final as ProcessRecord['snapshot'],
    };
    // The process record first: a stale write stops here, before anything else is written.
    if (plan.stored) {
      try {
        await processes(tx).update(processId, plan.stored.version, data);
      } catch (error) {
        if (error instanceof ConflictError) throw new ProcessChangedError(processId, undefined, { cause: error });
        throw error;
      }
    } else {
      try {
        await processes(tx).insert(data, { id: processId });
      } catch (error) {
        if (error instanceof ConflictError) {
          throw new ConflictError('workflow.process_exists', `A process "${processId}" already exists`, {
            path: ['processId'],
            cause: error,
          });
        }
        throw error;
      }
    }
    const common = { actor, collection: PROCESS_COLLECTION, recordId: processId } as const;
    if (plan.base) {
      const entry = await tx.audit.append({
        ...common,
        action: AUDIT_ACTIONS[plan.base.action],
        fields: changedFields(plan.stored?.data.snapshot, plan.base.snapshot),
        metadata: stepMetadata(plan.stored?.data.snapshot, plan.base.snapshot),
        after: { snapshot: plan.base.snapshot } as unknown as JsonValue,
      });
      await enqueue(tx, processId, plan.base.snapshot.seq, entry.seq, plan.base.effects);
    }
    for (const step of plan.steps) {
      const entry = await tx.audit.append({
        ...common,
        action: step.entry.event.type === TIMER_EVENT ? AUDIT_ACTIONS.timer : AUDIT_ACTIONS.event,
        fields: changedFields(step.before, step.after),
        metadata: stepMetadata(step.before, step.after, step.entry),
        after: { entry: step.entry } as unknown as JsonValue,
      });
      await enqueue(tx, processId, step.entry.seq, entry.seq, step.effects);
    }
    // Every write leaves the timer rows matching its snapshot, so with no timer pending before or after
    // there are no rows to put right: skip the query that most events (those of processes without timers) paid for.
    const timersBefore = plan.stored?.data.snapshot.timers.length ?? 0;
    if (timersBefore > 0 || final.timers.length > 0) await syncTimers(tx, processId, final);
  };

  const enqueue = async (tx: Transaction, processId: string, seq: number, auditSeq: number, effects: readonly Effect[]) => {
    const commands = effects.filter((effect): effect is CommandEffect => effect.type === 'command');
    for (const [index, command] of commands.entries()) {
      await tx.outbox.enqueue({
        topic: command.command,
        payload: { processId, seq, action: command.action, payload: command.payload } as JsonValue,
        // Unique for ever (the audit seq never repeats), and the same if the transaction is retried.
        idempotencyKey: `workflow:${processId}:${seq}:${auditSeq}:${index}`,
      });
    }
  };

  /** Makes the process's timer rows exactly its pending timers: schedules add rows, cancels and firings remove them. */
  const syncTimers = async (tx: Transaction, processId: string, snapshot: WorkflowSnapshot): Promise<void> => {
    const collection = timers(tx);
    const wanted = new Map(snapshot.timers.map((timer) => [timerRecordId(processId, timer.id), timer]));
    for (const row of await listAll(collection, { processId })) {
      const timer = wanted.get(row.id);
      if (!timer) {
        await collection.delete(row.id, row.version);
        continue;
      }
      wanted.delete(row.id);
      if (timer.deadline !== row.data.deadline || timer.state !== row.data.state) {
        await collection.update(row.id, row.version, { ...row.data, state: timer.state, deadline: timer.deadline });
      }
    }
    for (const [id, timer] of wanted) {
      await collection.insert(
        { processId, definitionId: snapshot.definitionId, timerId: timer.id, state: timer.state, deadline: timer.deadline },
        { id },
      );
    }
  };

  const baseOf = (view: ProcessView): Write['base'] =>
    view.migrated ? { action: 'migrated', snapshot: view.snapshot, effects: [] } : undefined;

  return {
    store,
    clock,

    async start(processIdInput, definitionId, context, startOptions = {}) {
      const processId = readProcessId(processIdInput);
      const actor = readActor(startOptions.actor);
      const machine = machineFor(String(definitionId));
      if (context !== undefined && !isJsonValue(context)) {
        throw new ValidationError('workflow.invalid_context', 'The starting context must be plain JSON', { path: ['context'] });
      }
      await ready();
      const now = readNow(clock);
      const started = startInstance(machine, now, context === undefined ? {} : { context });
      await store.transaction((tx) =>
        write(tx, {
          processId,
          actor,
          stored: undefined,
          base: { action: 'started', snapshot: started.snapshot, effects: started.effects },
          steps: [],
          final: started.snapshot,
        }),
      );
      return { processId, definitionId: machine.definition.id, snapshot: started.snapshot, migrated: false };
    },

    async send(processIdInput, event, sendOptions = {}) {
      const processId = readProcessId(processIdInput);
      const actor = readActor(sendOptions.actor);
      const expectedSeq = readExpectedSeq(sendOptions.expectedSeq);
      await ready();
      return store.transaction(async (tx) => {
        const { stored, machine, view } = await load(tx, processId);
        if (expectedSeq !== undefined && view.snapshot.seq !== expectedSeq) throw new ProcessChangedError(processId, view.snapshot.seq);
        const result = transition(machine, view.snapshot, event, readNow(clock));
        if (!result.accepted) throw result.error;
        const step: Step = { before: view.snapshot, after: result.snapshot, entry: result.record, effects: result.effects };
        await write(tx, { processId, actor, stored, base: baseOf(view), steps: [step], final: result.snapshot });
        return { snapshot: result.snapshot, effects: result.effects, record: result.record };
      });
    },

    async fireDueTimers(processIdInput, fireOptions = {}) {
      const processId = readProcessId(processIdInput);
      const actor = readActor(fireOptions.actor ?? 'system:timer');
      await ready();
      const now = readNow(clock, fireOptions.now);
      return store.transaction(async (tx) => {
        const { stored, machine, view } = await load(tx, processId);
        const steps: Step[] = [];
        let current = view.snapshot;
        // Earliest first; a timer whose state an earlier one left is cancelled by that step, not fired.
        for (let [due] = dueTimers(current, now); due; [due] = dueTimers(current, now)) {
          const result = transition(machine, current, { type: TIMER_EVENT, timer: due.id }, now, { notAllowed: 'ignore' });
          if (!result.accepted) break;
          steps.push({ before: current, after: result.snapshot, entry: result.record, effects: result.effects });
          current = result.snapshot;
        }
        if (steps.length > 0 || view.migrated) {
          await write(tx, { processId, actor, stored, base: baseOf(view), steps, final: current });
        } else {
          // Nothing was due after all (a timer row outlived its timer): put the rows right.
          await syncTimers(tx, processId, current);
        }
        return {
          snapshot: current,
          effects: Object.freeze(steps.flatMap((step) => step.effects)),
          records: Object.freeze(steps.map((step) => step.entry)),
        };
      });
    },

    async get(processIdInput) {
      const processId = readProcessId(processIdInput);
      await ready();
      return (await load(store, processId)).view;
    },

    async allowedEvents(processIdInput) {
      const processId = readProcessId(processIdInput);
      await ready();
      const { machine, view } = await load(store, processId);
      return allowedEventsOf(machine, view.snapshot, { now: readNow(clock) });
    },

    async history(processIdInput) {
      const processId = readProcessId(processIdInput);
      await ready();
      const { machine } = await load(store, processId);
      let initial: WorkflowSnapshot | undefined;
      let entries: HistoryEntry[] = [];
      let afterSeq = 0;
      for (;;) {
        const page = await store.audit.list({ collection: PROCESS_COLLECTION, recordId: processId, afterSeq, limit: 1000 });
        for (const audit of page) {
          afterSeq = audit.seq;
          const base = audit.action === AUDIT_ACTIONS.started || audit.action === AUDIT_ACTIONS.migrated;
          const step = audit.action === AUDIT_ACTIONS.event || audit.action === AUDIT_ACTIONS.timer;
          if (!base && !step) continue;
          if (audit.after === undefined) {
            throw new CivicError(
              'workflow.history_erased',
              `The history of "${processId}" cannot be rebuilt: the detail of audit entry ${audit.seq} was erased`,
              { path: ['processId'] },
            );
          }
          if (base) {
            initial = parseInput(BaseDetailSchema, audit.after, { path: ['audit', audit.seq], codePrefix: 'workflow.history' })
              .snapshot as WorkflowSnapshot;
            entries = [];
          } else {
            entries.push(parseInput(EventDetailSchema, audit.after, { path: ['audit', audit.seq], codePrefix: 'workflow.history' }).entry);
          }
        }
        if (page.length < 1000) break;
      }
      if (!initial) {
        throw new CivicError('workflow.history_missing', `The audit log holds no start of "${processId}"`, { path: ['processId'] });
      }
      return { processId, definitionId: machine.definition.id, initial, entries: Object.freeze(entries) };
    },
  };
}
