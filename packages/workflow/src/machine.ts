/**
 * The functions of the main entry. Each takes a machine from `createMachine` and runs
 * the pure core in `run.ts` that the lean engine runs too. The definition-first forms
 * (definition, ..., registry) still work for one minor release, deprecated: they
 * compile the definition on every call (see `deprecated.ts`).
 */
import { CivicError, ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import { isMachine } from './compile.js';
import { machineFor, refuseLeftoverRegistry } from './deprecated.js';
import { readInstant } from './json.js';
import type {
  AllowedEventsOptions,
  FiredTimers,
  HistoryEntry,
  PendingTimer,
  StartOptions,
  StartResult,
  TransitionOptions,
  TransitionResult,
  WorkflowEvent,
  WorkflowMachine,
  WorkflowSnapshot,
} from './model.js';
import type { WorkflowRegistry } from './registry.js';
import * as core from './run.js';
import { HistoryEntrySchema, WorkflowSnapshotSchema } from './schema.js';

/**
 * Starts a new instance: enters the initial state (and its initial children),
 * runs their entry actions and arms their timers, counting from `now`.
 *
 * @throws {ValidationError} for an invalid `now` (`workflow.invalid_instant`), options or context.
 */
export function start(machine: WorkflowMachine, now: string, options?: StartOptions): StartResult;
/**
 * @deprecated Make the machine once with `createMachine(definition, registry)` and call
 * `start(machine, now, options)`. This form checks and compiles the definition on every
 * call, and goes in the next major version.
 */
export function start(definition: unknown, now: string, registry?: WorkflowRegistry, options?: StartOptions): StartResult;
export function start(first: unknown, now: string, third?: unknown, fourth?: StartOptions): StartResult {
  if (isMachine(first)) {
    if (third !== undefined || fourth !== undefined) refuseLeftoverRegistry(third, fourth, 'start(machine, now, options)');
    return core.start(first, now, third as StartOptions | undefined);
  }
  return core.start(machineFor(first, third, 'start', 'start(machine, now, options)'), now, fourth);
}

/**
 * Applies one event to a snapshot and returns the next snapshot and the effects to carry out.
 *
 * The transition taken is the first one, from the current state outwards through
 * its ancestors, whose guard passes (transitions on the same event are tried in the
 * order written). Exit actions run innermost first, then the transition's actions,
 * then entry actions outermost first; leaving a state cancels its timers, entering
 * one arms them. A transition without `target` runs its actions and stays put.
 *
 * A timer fires with `{ type: 'timer', timer: id }`: only while it is pending and
 * once its deadline has passed at `now`; it then behaves like a transition from its
 * state to its target.
 *
 * Pure: the same machine, snapshot, event and `now` always give the same result.
 *
 * @throws {EventNotAllowedError} `workflow.event_not_allowed` (unless `notAllowed: 'ignore'`).
 * @throws {ValidationError} for invalid input, and `workflow.invalid_context` when the
 * actions leave a context the validator rejects (nothing is changed).
 */
export function transition(
  machine: WorkflowMachine,
  snapshot: unknown,
  event: WorkflowEvent | string,
  now: string,
  options?: TransitionOptions,
): TransitionResult;
/**
 * @deprecated Make the machine once with `createMachine(definition, registry)` and call
 * `transition(machine, snapshot, event, now, options)`. This form checks and compiles the
 * definition on every call, and goes in the next major version.
 */
export function transition(
  definition: unknown,
  snapshot: unknown,
  event: WorkflowEvent | string,
  now: string,
  registry?: WorkflowRegistry,
  options?: TransitionOptions,
): TransitionResult;
export function transition(
  first: unknown,
  snapshot: unknown,
  event: WorkflowEvent | string,
  now: string,
  fifth?: unknown,
  sixth?: TransitionOptions,
): TransitionResult {
  if (isMachine(first)) {
    if (fifth !== undefined || sixth !== undefined)
      refuseLeftoverRegistry(fifth, sixth, 'transition(machine, snapshot, event, now, options)');
    return core.transition(first, snapshot, event, now, fifth as TransitionOptions | undefined);
  }
  const machine = machineFor(first, fifth, 'transition', 'transition(machine, snapshot, event, now, options)');
  return core.transition(machine, snapshot, event, now, sixth);
}

/**
 * The events the instance would accept now, innermost state's first, with guards
 * evaluated (guards see an event with only its `type`, since no data exists yet).
 * Timers are not listed: they are not something a person does.
 *
 * @throws {ValidationError} for invalid input.
 */
export function allowedEvents(machine: WorkflowMachine, snapshot: unknown, options?: AllowedEventsOptions): readonly string[];
/**
 * @deprecated Make the machine once with `createMachine(definition, registry)` and call
 * `allowedEvents(machine, snapshot, options)`. This form checks and compiles the definition
 * on every call, and goes in the next major version.
 */
export function allowedEvents(
  definition: unknown,
  snapshot: unknown,
  registry?: WorkflowRegistry,
  options?: AllowedEventsOptions,
): readonly string[];
export function allowedEvents(first: unknown, snapshot: unknown, third?: unknown, fourth?: AllowedEventsOptions): readonly string[] {
  if (isMachine(first)) {
    if (third !== undefined || fourth !== undefined) refuseLeftoverRegistry(third, fourth, 'allowedEvents(machine, snapshot, options)');
    return core.allowedEvents(first, snapshot, third as AllowedEventsOptions | undefined);
  }
  const machine = machineFor(first, third, 'allowedEvents', 'allowedEvents(machine, snapshot, options)');
  return core.allowedEvents(machine, snapshot, fourth);
}

/**
 * The pending timers whose deadline is at or before `now`, earliest first: the
 * ones a restarted process must fire straight away. Needs no machine.
 *
 * @throws {ValidationError} for an invalid snapshot or `now`.
 */
export function dueTimers(snapshot: unknown, now: string): readonly PendingTimer[] {
  const parsed = parseInput(WorkflowSnapshotSchema, snapshot, { path: ['snapshot'], codePrefix: 'workflow.snapshot', what: 'snapshot' });
  const nowMs = readInstant(now, ['now']);
  return Object.freeze(parsed.timers.filter((timer) => Date.parse(timer.deadline) <= nowMs).sort(core.compareTimers));
}

/**
 * Fires every overdue timer, earliest deadline first, each exactly once: a timer
 * whose state was left by an earlier firing is cancelled, not fired. Call it when
 * a snapshot is restored, then arm the remaining `snapshot.timers`.
 *
 * @throws {ValidationError} for invalid input.
 */
export function fireDueTimers(machine: WorkflowMachine, snapshot: unknown, now: string): FiredTimers;
/**
 * @deprecated Make the machine once with `createMachine(definition, registry)` and call
 * `fireDueTimers(machine, snapshot, now)`. This form checks and compiles the definition on
 * every call, and goes in the next major version.
 */
export function fireDueTimers(definition: unknown, snapshot: unknown, now: string, registry?: WorkflowRegistry): FiredTimers;
export function fireDueTimers(first: unknown, snapshot: unknown, now: string, registry?: WorkflowRegistry): FiredTimers {
  const call = 'fireDueTimers(machine, snapshot, now)';
  if (isMachine(first) && registry !== undefined) refuseLeftoverRegistry(undefined, registry, call);
  const machine = isMachine(first) ? first : machineFor(first, registry, 'fireDueTimers', call);
  return core.fireDueTimers(machine, snapshot, now);
}

/**
 * Replays a history from the snapshot it started at and returns the snapshot it
 * leads to; with pure guards and actions, exactly the stored one.
 *
 * @throws {ValidationError} `workflow.history_gap` when an entry's `seq` does not
 * follow on, `workflow.replay_diverged` (with the failing error as `cause`) when an
 * entry is refused, and for invalid input.
 */
export function replay(machine: WorkflowMachine, initialSnapshot: unknown, history: unknown): WorkflowSnapshot;
/**
 * @deprecated Make the machine once with `createMachine(definition, registry)` and call
 * `replay(machine, initialSnapshot, history)`. This form checks and compiles the definition
 * on every call, and goes in the next major version.
 */
export function replay(definition: unknown, initialSnapshot: unknown, history: unknown, registry?: WorkflowRegistry): WorkflowSnapshot;
export function replay(first: unknown, initialSnapshot: unknown, history: unknown, registry?: WorkflowRegistry): WorkflowSnapshot {
  const call = 'replay(machine, initialSnapshot, history)';
  if (isMachine(first) && registry !== undefined) refuseLeftoverRegistry(undefined, registry, call);
  const machine = isMachine(first) ? first : machineFor(first, registry, 'replay', call);
  let current = core.readSnapshot(machine, initialSnapshot, ['initialSnapshot']);
  if (!Array.isArray(history))
    core.fail('workflow.invalid_history', 'The history must be a list of { seq, at, event } entries', ['history']);
  history.forEach((input: unknown, index) => {
    const entry: HistoryEntry = parseInput(HistoryEntrySchema, input, { path: ['history', index], codePrefix: 'workflow.history' });
    if (entry.seq !== current.seq + 1) {
      core.fail('workflow.history_gap', `History entry ${index} has seq ${entry.seq}, but ${current.seq + 1} comes next`, [
        'history',
        index,
        'seq',
      ]);
    }
    try {
      const result = core.transition(machine, current, entry.event, entry.at);
      if (result.accepted) current = result.snapshot;
    } catch (cause) {
      if (!(cause instanceof CivicError)) throw cause;
      throw new ValidationError(
        'workflow.replay_diverged',
        `History entry ${index} ("${entry.event.type}") could not be replayed: ${cause.message}`,
        { path: ['history', index], cause },
      );
    }
  });
  return current;
}
