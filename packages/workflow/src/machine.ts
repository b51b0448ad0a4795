/**
 * The functions of the main entry. Each takes a definition (JSON, or from
 * `parseDefinition`) and a registry, compiles the two once (cached), and runs the
 * pure core in `run.ts` that the lean engine's machines run too.
 */
import { CivicError, ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import { compile } from './definition.js';
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
  WorkflowSnapshot,
} from './model.js';
import { emptyRegistry, type WorkflowRegistry } from './registry.js';
import * as core from './run.js';
import { HistoryEntrySchema, WorkflowSnapshotSchema } from './schema.js';

/**
 * Starts a new instance: enters the initial state (and its initial children),
 * runs their entry actions and arms their timers, counting from `now`.
 *
 * @throws {ValidationError} for an invalid definition, registry, `now` (`workflow.invalid_instant`) or context.
 */
export function start(definition: unknown, now: string, registry: WorkflowRegistry = emptyRegistry(), options?: StartOptions): StartResult {
  return core.start(compile(definition, registry), now, options);
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
 * Pure: the same definition, snapshot, event, `now` and registry always give the same result.
 *
 * @throws {EventNotAllowedError} `workflow.event_not_allowed` (unless `notAllowed: 'ignore'`).
 * @throws {ValidationError} for invalid input, and `workflow.invalid_context` when the
 * actions leave a context the validator rejects (nothing is changed).
 */
export function transition(
  definition: unknown,
  snapshot: unknown,
  event: WorkflowEvent | string,
  now: string,
  registry: WorkflowRegistry = emptyRegistry(),
  options?: TransitionOptions,
): TransitionResult {
  return core.transition(compile(definition, registry), snapshot, event, now, options);
}

/**
 * The events the instance would accept now, innermost state's first, with guards
 * evaluated (guards see an event with only its `type`, since no data exists yet).
 * Timers are not listed: they are not something a person does.
 *
 * @throws {ValidationError} for invalid input.
 */
export function allowedEvents(
  definition: unknown,
  snapshot: unknown,
  registry: WorkflowRegistry = emptyRegistry(),
  options?: AllowedEventsOptions,
): readonly string[] {
  return core.allowedEvents(compile(definition, registry), snapshot, options);
}

/**
 * The pending timers whose deadline is at or before `now`, earliest first: the
 * ones a restarted process must fire straight away. Needs no definition.
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
 */
export function fireDueTimers(
  definition: unknown,
  snapshot: unknown,
  now: string,
  registry: WorkflowRegistry = emptyRegistry(),
): FiredTimers {
  return core.fireDueTimers(compile(definition, registry), snapshot, now);
}

/**
 * Replays a history from the snapshot it started at and returns the snapshot it
 * leads to; with pure guards and actions, exactly the stored one.
 *
 * @throws {ValidationError} `workflow.history_gap` when an entry's `seq` does not
 * follow on, `workflow.replay_diverged` (with the failing error as `cause`) when an
 * entry is refused, and for invalid input.
 */
export function replay(
  definition: unknown,
  initialSnapshot: unknown,
  history: unknown,
  registry: WorkflowRegistry = emptyRegistry(),
): WorkflowSnapshot {
  const compiled = compile(definition, registry);
  let current = core.readSnapshot(compiled, initialSnapshot, ['initialSnapshot']);
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
      const result = core.transition(compiled, current, entry.event, entry.at);
      if (result.accepted) current = result.snapshot;
    } catch (cause) {
      if (!(cause instanceof CivicError)) throw cause;
      throw new ValidationError(
        'workflow.replay_diverged',
        `History entry ${index} ("${entry.event.type}") could not be replayed: ${cause.message}`,
        {
          path: ['history', index],
          cause,
        },
      );
    }
  });
  return current;
}
