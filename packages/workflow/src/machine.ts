/**
 * The pure core: start an instance, apply an event, list what may happen next,
 * fire timers that are due, replay a history. No I/O, no clock: `now` is always given.
 */
import { CivicError, ValidationError, type ErrorPath } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import { compile, initialContext, initialLeaf, type CompiledRef, type CompiledState, type CompiledWorkflow } from './compile.js';
import { EventNotAllowedError, WorkflowBehaviourError } from './errors.js';
import { deepFreeze, formatInstant, isJsonValue, readInstant, type JsonValue } from './json.js';
import { emptyRegistry, type WorkflowRegistry } from './registry.js';
import {
  EVENT_PATTERN,
  HistoryEntrySchema,
  NAME_PATTERN,
  TIMER_EVENT,
  WorkflowEventSchema,
  WorkflowSnapshotSchema,
  type HistoryEntry,
  type PendingTimer,
  type WorkflowEvent,
  type WorkflowSnapshot,
} from './schema.js';
import { checkContext, compareTimers, leafOf, readSnapshot, trustSnapshot } from './snapshot.js';
import { addCalendarDuration, workingDayDeadline } from './time.js';

/** A timer to arm: call back with `{ type: 'timer', timer }` at `deadline`. */
export interface ScheduleTimerEffect {
  readonly type: 'schedule-timer';
  readonly timer: string;
  readonly state: string;
  readonly deadline: string;
}

/** A timer to disarm: its state was left before it fired. */
export interface CancelTimerEffect {
  readonly type: 'cancel-timer';
  readonly timer: string;
  readonly state: string;
}

/** Something an action asked the outside world to do: send a notification, start a payment. */
export interface CommandEffect {
  readonly type: 'command';
  readonly command: string;
  readonly payload: JsonValue;
  /** The action that asked for it. */
  readonly action: string;
}

/** What a step asks the caller to carry out, in order; plain JSON, ready for an outbox. */
export type Effect = ScheduleTimerEffect | CancelTimerEffect | CommandEffect;

/** The result of `start`. */
export interface StartResult {
  readonly snapshot: WorkflowSnapshot;
  readonly effects: readonly Effect[];
}

/** The result of `transition`: accepted (with the history entry to record) or, when asked for, ignored. */
export type TransitionResult =
  | { readonly accepted: true; readonly snapshot: WorkflowSnapshot; readonly effects: readonly Effect[]; readonly record: HistoryEntry }
  | { readonly accepted: false; readonly snapshot: WorkflowSnapshot; readonly effects: readonly []; readonly error: EventNotAllowedError };

export interface StartOptions {
  /** The context to start with instead of the definition's `context.initial`. */
  readonly context?: JsonValue;
}

export interface TransitionOptions {
  /**
   * What to do with an event the current state does not allow: `'throw'` (default)
   * throws {@link EventNotAllowedError}; `'ignore'` returns the snapshot unchanged
   * with `accepted: false` (for a runner re-delivering a timer that already fired).
   */
  readonly notAllowed?: 'throw' | 'ignore';
}

function fail(code: string, message: string, path: ErrorPath): never {
  throw new ValidationError(code, message, { path });
}

function readOptions<T extends object>(value: unknown, keys: readonly string[]): T {
  if (value === undefined) return {} as T;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail('workflow.invalid_option', 'The options must be an object', ['options']);
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) fail('workflow.invalid_option', `\`${key}\` is not an option here: use ${keys.join(', ')}`, ['options', key]);
  }
  return value as T;
}

/** Carries out one step's exits, actions and entries, collecting the context, timers and effects. */
class Step {
  context: JsonValue;
  timers: PendingTimer[];
  readonly effects: Effect[] = [];

  constructor(
    private readonly compiled: CompiledWorkflow,
    snapshot: WorkflowSnapshot,
    private readonly event: WorkflowEvent,
    private readonly now: string,
    private readonly nowMs: number,
    private readonly state: readonly string[],
  ) {
    this.context = snapshot.context;
    this.timers = [...snapshot.timers];
  }

  run(refs: readonly CompiledRef[]): void {
    const actions = this.compiled.registry.actions ?? {};
    for (const ref of refs) {
      const action = actions[ref.name];
      if (!action) continue;
      let result: unknown;
      try {
        result = action({ context: this.context, event: this.event, params: ref.params, now: this.now, state: this.state });
      } catch (cause) {
        if (cause instanceof CivicError) throw cause;
        throw new WorkflowBehaviourError('workflow.action_failed', `The action "${ref.name}" threw an error`, {
          path: ['registry', 'actions', ref.name],
          cause,
        });
      }
      if (result === undefined) continue;
      this.apply(ref.name, result);
    }
  }

  private apply(name: string, result: unknown): void {
    const bad = (what: string): never => {
      throw new WorkflowBehaviourError('workflow.invalid_action_result', `The action "${name}" returned ${what}`, {
        path: ['registry', 'actions', name],
      });
    };
    if (typeof result !== 'object' || result === null || Array.isArray(result)) bad('something other than { context, commands }');
    const { context, commands, ...rest } = result as { context?: unknown; commands?: unknown };
    if (Object.keys(rest).length > 0) bad(`unknown fields: ${Object.keys(rest).join(', ')}`);
    if (context !== undefined) {
      if (!isJsonValue(context)) bad('a context that is not plain JSON');
      this.context = context as JsonValue;
    }
    if (commands === undefined) return;
    if (!Array.isArray(commands)) bad('`commands` that is not a list');
    for (const command of commands as unknown[]) {
      const { command: type, payload = null } = (command ?? {}) as { command?: unknown; payload?: unknown };
      if (typeof type !== 'string' || type.length === 0) bad('a command without a `command` name');
      if (!isJsonValue(payload)) bad('a command whose payload is not plain JSON');
      this.effects.push({ type: 'command', command: type as string, payload: payload as JsonValue, action: name });
    }
  }

  exit(state: CompiledState): void {
    const kept: PendingTimer[] = [];
    for (const timer of this.timers) {
      if (timer.state === state.name) this.effects.push({ type: 'cancel-timer', timer: timer.id, state: state.name });
      else kept.push(timer);
    }
    this.timers = kept;
    this.run(state.exit);
  }

  enter(state: CompiledState): void {
    this.run(state.entry);
    for (const timer of state.timers) {
      const calendar = this.compiled.registry.calendar;
      const time = timer.workingDays
        ? workingDayDeadline(this.nowMs, {
            workingDays: timer.workingDays.count,
            division: timer.workingDays.division,
            at: timer.workingDays.at,
            calendar,
          })
        : addCalendarDuration(this.nowMs, timer.duration ?? { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 });
      const deadline = formatInstant(time);
      this.timers.push({ id: timer.id, state: state.name, deadline });
      this.effects.push({ type: 'schedule-timer', timer: timer.id, state: state.name, deadline });
    }
  }

  /** Moves from `leaf` to `target` for a transition declared on `source`; returns the new leaf. */
  move(leaf: CompiledState, source: CompiledState, target: CompiledState | undefined, actions: readonly CompiledRef[]): CompiledState {
    if (!target) {
      this.run(actions);
      return leaf;
    }
    const domain = isDescendant(target, source) ? source : commonProperAncestor(source, target);
    for (let node: CompiledState | undefined = leaf; node && node !== domain; node = node.parent) this.exit(node);
    this.run(actions);
    const entering: CompiledState[] = [];
    for (let node: CompiledState | undefined = target; node && node !== domain; node = node.parent) entering.unshift(node);
    for (let node = target.initial; node; node = node.initial) entering.push(node);
    for (const node of entering) this.enter(node);
    return initialLeaf(target);
  }

  finish(leaf: CompiledState, seq: number): WorkflowSnapshot {
    checkContext(this.compiled, this.context, ['context']);
    const { id, version } = this.compiled.definition;
    return trustSnapshot(this.compiled, {
      definitionId: id,
      definitionVersion: version,
      state: leaf.path,
      status: leaf.done ? 'done' : 'active',
      context: this.context,
      timers: this.timers.sort(compareTimers),
      seq,
      updatedAt: this.now,
    });
  }
}

function isDescendant(node: CompiledState, ancestor: CompiledState): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

function commonProperAncestor(a: CompiledState, b: CompiledState): CompiledState {
  for (let node = a.parent; node; node = node.parent) if (isDescendant(b, node)) return node;
  // Unreachable: the root is an ancestor of every state.
  return a;
}

const EVENT_KEYS = new Set(['type', 'timer', 'data']);

/** Checks an event; the common shapes are checked by hand, and anything else goes through the schema for precise errors. */
function readEvent(input: unknown): WorkflowEvent {
  if (typeof input === 'string') input = { type: input };
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const { type, timer, data } = input as { type?: unknown; timer?: unknown; data?: unknown };
    if (
      typeof type === 'string' &&
      EVENT_PATTERN.test(type) &&
      (timer === undefined || (typeof timer === 'string' && NAME_PATTERN.test(timer))) &&
      (data === undefined || isJsonValue(data)) &&
      Object.keys(input).every((key) => EVENT_KEYS.has(key))
    ) {
      const event: { type: string; timer?: string; data?: JsonValue } = { type };
      if (timer !== undefined) event.timer = timer as string;
      if (data !== undefined) event.data = structuredClone(data as JsonValue);
      return event;
    }
  }
  return parseInput(WorkflowEventSchema, input, { path: ['event'], codePrefix: 'workflow.event', what: 'event' });
}

/**
 * Starts a new instance: enters the initial state (and its initial children),
 * runs their entry actions and arms their timers, counting from `now`.
 *
 * @throws {ValidationError} for an invalid definition, registry, `now` (`workflow.invalid_instant`) or context.
 */
export function start(definition: unknown, now: string, registry: WorkflowRegistry = emptyRegistry(), options?: StartOptions): StartResult {
  const compiled = compile(definition, registry);
  const nowMs = readInstant(now, ['now']);
  const { context } = readOptions<StartOptions>(options, ['context']);
  if (context !== undefined && !isJsonValue(context))
    fail('workflow.invalid_context', 'The starting context must be plain JSON', ['options', 'context']);
  const first = compiled.root.initial ?? compiled.root;
  const at = formatInstant(nowMs);
  const base: WorkflowSnapshot = {
    definitionId: compiled.definition.id,
    definitionVersion: compiled.definition.version,
    state: [],
    status: 'active',
    context: structuredClone(context ?? initialContext(compiled)),
    timers: [],
    seq: 0,
    updatedAt: at,
  };
  const step = new Step(compiled, base, { type: 'start' }, at, nowMs, []);
  for (let node: CompiledState | undefined = first; node; node = node.initial) step.enter(node);
  return { snapshot: step.finish(initialLeaf(first), 0), effects: Object.freeze(step.effects) };
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
  const compiled = compile(definition, registry);
  const current = readSnapshot(compiled, snapshot);
  const parsed = readEvent(event);
  const nowMs = readInstant(now, ['now']);
  const { notAllowed = 'throw' } = readOptions<TransitionOptions>(options, ['notAllowed']);
  if (notAllowed !== 'throw' && notAllowed !== 'ignore')
    fail('workflow.invalid_option', "`notAllowed` must be 'throw' or 'ignore'", ['options', 'notAllowed']);
  const at = formatInstant(nowMs);
  const leaf = leafOf(compiled, current);
  const refuse = (reason: string): TransitionResult => {
    const error = new EventNotAllowedError(parsed.type, current.state, allowed(compiled, current, at), reason);
    if (notAllowed === 'throw') throw error;
    return { accepted: false, snapshot: current, effects: [], error };
  };

  const step = new Step(compiled, current, parsed, at, nowMs, current.state);
  let next: CompiledState;
  if (parsed.type === TIMER_EVENT) {
    if (parsed.timer === undefined)
      fail('workflow.event.missing_timer', 'A timer event must say which timer fired: { type: "timer", timer: "<id>" }', [
        'event',
        'timer',
      ]);
    const pending = current.timers.find((timer) => timer.id === parsed.timer);
    if (!pending) return refuse(`the timer "${parsed.timer}" is not pending: it already fired, or its state was left`);
    if (Date.parse(pending.deadline) > nowMs) return refuse(`the timer "${parsed.timer}" is not due until ${pending.deadline}`);
    const timer = compiled.timers.get(pending.id);
    if (!timer) return refuse(`the timer "${parsed.timer}" is not in this definition`);
    step.timers = step.timers.filter((candidate) => candidate !== pending);
    next = step.move(leaf, timer.state, timer.target, timer.actions);
  } else {
    if (parsed.timer !== undefined) fail('workflow.event.unexpected_timer', '`timer` is only for the timer event', ['event', 'timer']);
    const chosen = choose(compiled, current, parsed, at, leaf);
    if (!chosen)
      return refuse(
        compiled.events.includes(parsed.type) ? 'no transition for it here, or its guards said no' : 'the workflow has no such event',
      );
    next = step.move(leaf, chosen.source, chosen.target, chosen.actions);
  }
  const seq = current.seq + 1;
  const record: HistoryEntry = Object.freeze({ seq, at, event: deepFreeze(parsed) });
  return { accepted: true, snapshot: step.finish(next, seq), effects: Object.freeze(step.effects), record };
}

function passes(
  compiled: CompiledWorkflow,
  guard: CompiledRef | undefined,
  snapshot: WorkflowSnapshot,
  event: WorkflowEvent,
  now: string,
): boolean {
  if (!guard) return true;
  const implementation = compiled.registry.guards?.[guard.name];
  if (!implementation) return false;
  try {
    return implementation({ context: snapshot.context, event, params: guard.params, now, state: snapshot.state }) === true;
  } catch (cause) {
    if (cause instanceof CivicError) throw cause;
    throw new WorkflowBehaviourError('workflow.guard_failed', `The guard "${guard.name}" threw an error`, {
      path: ['registry', 'guards', guard.name],
      cause,
    });
  }
}

function choose(compiled: CompiledWorkflow, snapshot: WorkflowSnapshot, event: WorkflowEvent, now: string, leaf: CompiledState) {
  for (let node: CompiledState | undefined = leaf; node && node !== compiled.root; node = node.parent) {
    for (const candidate of node.on.get(event.type) ?? []) if (passes(compiled, candidate.guard, snapshot, event, now)) return candidate;
  }
  return undefined;
}

function allowed(compiled: CompiledWorkflow, snapshot: WorkflowSnapshot, now: string): string[] {
  const found: string[] = [];
  const leaf = leafOf(compiled, snapshot);
  for (let node: CompiledState | undefined = leaf; node && node !== compiled.root; node = node.parent) {
    for (const [type, candidates] of node.on) {
      if (found.includes(type)) continue;
      const event: WorkflowEvent = { type };
      if (candidates.some((candidate) => passes(compiled, candidate.guard, snapshot, event, now))) found.push(type);
    }
  }
  return found;
}

export interface AllowedEventsOptions {
  /** The instant guards are evaluated at; defaults to the snapshot's `updatedAt`. */
  readonly now?: string;
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
  const compiled = compile(definition, registry);
  const current = readSnapshot(compiled, snapshot);
  const { now } = readOptions<AllowedEventsOptions>(options, ['now']);
  const at = now === undefined ? current.updatedAt : formatInstant(readInstant(now, ['options', 'now']));
  return Object.freeze(allowed(compiled, current, at));
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
  return Object.freeze(parsed.timers.filter((timer) => Date.parse(timer.deadline) <= nowMs).sort(compareTimers));
}

/** What `fireDueTimers` did. */
export interface FiredTimers {
  readonly snapshot: WorkflowSnapshot;
  readonly effects: readonly Effect[];
  /** One history entry per timer fired, in order. */
  readonly records: readonly HistoryEntry[];
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
  const compiled = compile(definition, registry);
  let current = readSnapshot(compiled, snapshot);
  const effects: Effect[] = [];
  const records: HistoryEntry[] = [];
  for (;;) {
    const [due] = dueTimers(current, now);
    if (!due) break;
    const result = transition(compiled.definition, current, { type: TIMER_EVENT, timer: due.id }, now, compiled.registry);
    if (!result.accepted) break;
    current = result.snapshot;
    effects.push(...result.effects);
    records.push(result.record);
  }
  return { snapshot: current, effects: Object.freeze(effects), records: Object.freeze(records) };
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
  let current = readSnapshot(compiled, initialSnapshot, ['initialSnapshot']);
  if (!Array.isArray(history)) fail('workflow.invalid_history', 'The history must be a list of { seq, at, event } entries', ['history']);
  history.forEach((input: unknown, index) => {
    const entry = parseInput(HistoryEntrySchema, input, { path: ['history', index], codePrefix: 'workflow.history' });
    if (entry.seq !== current.seq + 1) {
      fail('workflow.history_gap', `History entry ${index} has seq ${entry.seq}, but ${current.seq + 1} comes next`, [
        'history',
        index,
        'seq',
      ]);
    }
    try {
      const result = transition(compiled.definition, current, entry.event, entry.at, compiled.registry);
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
