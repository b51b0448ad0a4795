/**
 * The pure core, shared by the lean engine and the main entry: start an instance,
 * apply an event, list what may happen next, fire timers that are due. No I/O, no
 * clock: `now` is always given.
 *
 * A step looks its move up in the compiled workflow and builds one frozen snapshot.
 * Snapshots this module returns are made of parts it has checked (the state path, the
 * pending-timer list, the context), so one of them given back is recognised by those
 * parts without being checked again; anything else is checked in full and copied.
 */
import { CivicError, ValidationError, type ErrorPath, type Issue } from '@civicbricks/core/errors';
import { checkShape, EVENT_SHAPE, SNAPSHOT_SHAPE } from './check.js';
import { isMachine, type CompiledRef, type CompiledState, type CompiledTimer, type CompiledWorkflow, type Move } from './compile.js';
import { EventNotAllowedError, WorkflowBehaviourError } from './errors.js';
import { deepFreeze, formatInstant, isJsonValue, isStoredInstant, readInstant, type JsonValue } from './json.js';
import {
  TIMER_EVENT,
  type AllowedEventsOptions,
  type Effect,
  type FiredTimers,
  type HistoryEntry,
  type MachineOptions,
  type PendingTimer,
  type StartOptions,
  type StartResult,
  type TransitionOptions,
  type TransitionResult,
  type WorkflowEvent,
  type WorkflowSnapshot,
} from './model.js';
import { checkRegistry, type WorkflowRegistry } from './registry.js';
import { addCalendarDuration, workingDayDeadline, type WorkingDayCounter } from './time.js';

const NONE = Object.freeze([]) as readonly [];
/** The machine given to a function of the engine, checked to come from `createMachine`. */
export function readMachine(machine: unknown): CompiledWorkflow {
  if (!isMachine(machine)) fail('workflow.invalid_machine', 'The machine must come from createMachine()', ['machine']);
  return machine as CompiledWorkflow;
}

/** Throws a `ValidationError` with one issue. */
export function fail(code: string, message: string, path: ErrorPath): never {
  throw new ValidationError(code, message, { path });
}

/** An options object with only `keys` (or none at all); anything else is refused with `workflow.invalid_option`. */
export function readOptions<T extends object>(value: unknown, keys: readonly string[]): T {
  if (value === undefined) return {} as T;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail('workflow.invalid_option', 'The options must be an object', ['options']);
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) fail('workflow.invalid_option', `\`${key}\` is not an option here: use ${keys.join(', ')}`, ['options', key]);
  }
  return value as T;
}

/** The registry and options given to either entry's `createMachine`, checked. */
export function readMachineArgs(
  registry: unknown,
  options: unknown,
): { registry: WorkflowRegistry; workingDays: WorkingDayCounter | undefined } {
  const checked = checkRegistry(registry);
  const { workingDays } = readOptions<MachineOptions>(options, ['workingDays']);
  if (workingDays !== undefined && typeof workingDays !== 'function') {
    fail('workflow.invalid_option', 'The options must be { workingDays }, with a function', ['options']);
  }
  return { registry: checked, workingDays };
}

/** A stored snapshot given as JSON text, parsed; anything else as it is. */
export function snapshotText(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input) as unknown;
  } catch (cause) {
    throw new ValidationError('workflow.snapshot.invalid_json', 'The snapshot text is not valid JSON', { path: ['snapshot'], cause });
  }
}

/** Earliest deadline first; ties by timer id, so the order never depends on the order of entry. */
export function compareTimers(a: { deadline: string; id: string }, b: { deadline: string; id: string }): number {
  if (a.deadline !== b.deadline) return a.deadline < b.deadline ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A frozen pending-timer list, recorded as valid in `leaf`. */
function timerList(compiled: CompiledWorkflow, timers: readonly PendingTimer[], leaf: CompiledState): readonly PendingTimer[] {
  if (timers.length === 0) return NONE;
  if (compiled.timerLists.get(timers) === leaf) return timers;
  const list = Object.freeze([...timers]);
  compiled.timerLists.set(list, leaf);
  return list;
}

/** The frozen snapshot of an instance in `leaf`. */
function snapshotOf(
  compiled: CompiledWorkflow,
  leaf: CompiledState,
  context: JsonValue,
  timers: readonly PendingTimer[],
  seq: number,
  updatedAt: string,
): WorkflowSnapshot {
  const { id, version } = compiled.definition;
  return Object.freeze({
    definitionId: id,
    definitionVersion: version,
    state: leaf.path,
    status: leaf.done ? 'done' : 'active',
    context,
    timers: timerList(compiled, timers, leaf),
    seq,
    updatedAt,
  });
}

/** Checks a context, freezes it and records it as checked; returns it. */
function trustContext(compiled: CompiledWorkflow, context: JsonValue, path: ErrorPath): JsonValue {
  compiled.checkContext(context, path);
  if (typeof context === 'object' && context !== null) compiled.contexts.add(deepFreeze(context));
  return context;
}

/**
 * Checks a snapshot against a compiled workflow and returns it ready to use: the
 * snapshot itself when this workflow made it, otherwise a checked, frozen copy.
 */
export function readSnapshot(compiled: CompiledWorkflow, input: unknown, path: ErrorPath = ['snapshot']): WorkflowSnapshot {
  const snapshot = input as WorkflowSnapshot;
  if (typeof input === 'object' && input !== null && Object.isFrozen(input)) {
    const { state, timers, context, seq, updatedAt } = snapshot;
    const leaf = Array.isArray(state) ? compiled.states.get(state[state.length - 1] as string) : undefined;
    if (
      leaf?.path === state &&
      (timers === NONE || compiled.timerLists.get(timers) === leaf) &&
      compiled.contexts.has(context as object) &&
      snapshot.definitionId === compiled.definition.id &&
      snapshot.definitionVersion === compiled.definition.version &&
      snapshot.status === (leaf.done ? 'done' : 'active') &&
      Number.isSafeInteger(seq) &&
      seq >= 0 &&
      isStoredInstant(updatedAt, compiled.instants) &&
      Object.keys(input).length === 8
    )
      return snapshot;
  }
  checkShape(SNAPSHOT_SHAPE, input, path, 'workflow.snapshot');
  return checkSnapshot(compiled, snapshot, path);
}

/**
 * Checks a snapshot whose JSON shape has been checked (by hand above, or by zod at a
 * restore boundary) against a compiled workflow; returns a checked, frozen copy.
 */
export function checkSnapshot(compiled: CompiledWorkflow, snapshot: WorkflowSnapshot, path: ErrorPath = ['snapshot']): WorkflowSnapshot {
  const { definition } = compiled;
  if (snapshot.definitionId !== definition.id) {
    fail('workflow.wrong_definition', `This snapshot belongs to the workflow "${snapshot.definitionId}", not "${definition.id}"`, [
      ...path,
      'definitionId',
    ]);
  }
  if (snapshot.definitionVersion !== definition.version) {
    fail(
      'workflow.version_mismatch',
      `This snapshot was written by version ${snapshot.definitionVersion} of "${definition.id}", but the definition is version ${definition.version}: load it with loadSnapshot() and a migration`,
      [...path, 'definitionVersion'],
    );
  }
  const issues: Issue[] = [];
  const add = (code: string, where: ErrorPath, message: string): void => {
    issues.push({ code, path: where, message });
  };
  let node: CompiledState = compiled.root;
  snapshot.state.forEach((name, index) => {
    const child = node.children.find((candidate) => candidate.name === name);
    if (!child) {
      if (issues.length === 0) {
        add(
          'workflow.unknown_state',
          [...path, 'state', index],
          `"${name}" is not ${index === 0 ? 'a top-level state' : `a child of "${node.name}"`} in version ${definition.version} of "${definition.id}"`,
        );
      }
      return;
    }
    node = child;
  });
  if (issues.length === 0 && node.children.length > 0) {
    add('workflow.unknown_state', [...path, 'state'], `The state must end at a state without children, but "${node.name}" has children`);
  }
  const active = new Set(snapshot.state);
  const seen = new Set<string>();
  snapshot.timers.forEach((timer, index) => {
    const known = compiled.timers.get(timer.id);
    if (!known || known.state.name !== timer.state || !active.has(timer.state) || seen.has(timer.id)) {
      add(
        'workflow.unknown_timer',
        [...path, 'timers', index],
        seen.has(timer.id)
          ? `The timer "${timer.id}" is listed twice`
          : `The timer "${timer.id}" is not a timer of an active state "${timer.state}" in this definition`,
      );
    }
    seen.add(timer.id);
  });
  const sorted = [...snapshot.timers].sort(compareTimers);
  if (issues.length === 0 && sorted.some((timer, index) => timer !== snapshot.timers[index])) {
    add('workflow.unsorted_timers', [...path, 'timers'], 'Pending timers must be listed earliest deadline first');
  }
  if (issues.length === 0 && (node.done ? 'done' : 'active') !== snapshot.status) {
    add(
      'workflow.inconsistent_status',
      [...path, 'status'],
      `The status must be "${node.done ? 'done' : 'active'}" in state ${snapshot.state.join(' > ')}`,
    );
  }
  if (issues.length > 0) throw ValidationError.fromIssues(issues);
  // Copies: freezing must never reach into the caller's objects.
  return snapshotOf(
    compiled,
    node,
    trustContext(compiled, structuredClone(snapshot.context), [...path, 'context']),
    snapshot.timers.map(({ id, state, deadline }) => Object.freeze({ id, state, deadline })),
    snapshot.seq,
    snapshot.updatedAt,
  );
}

/** Checks an event; a name the definition handles needs no checking and no allocation. */
function readEvent(compiled: CompiledWorkflow, input: unknown): WorkflowEvent {
  const known = typeof input === 'string' ? compiled.eventObjects.get(input) : undefined;
  if (known) return known;
  const event = typeof input === 'string' ? { type: input } : input;
  checkShape(EVENT_SHAPE, event, ['event'], 'workflow.event');
  const { type, timer, data } = event as WorkflowEvent;
  const copy: { type: string; timer?: string; data?: JsonValue } = { type };
  if (timer !== undefined) copy.timer = timer;
  if (data !== undefined) copy.data = structuredClone(data);
  return deepFreeze(copy);
}

function passes(guard: CompiledRef | undefined, snapshot: WorkflowSnapshot, event: WorkflowEvent, now: string): boolean {
  if (!guard) return true;
  try {
    return guard.run?.({ context: snapshot.context, event, params: guard.params, now, state: snapshot.state }) === true;
  } catch (cause) {
    if (cause instanceof CivicError) throw cause;
    throw new WorkflowBehaviourError('workflow.guard_failed', `The guard "${guard.name}" threw an error`, {
      path: ['registry', 'guards', guard.name],
      cause,
    });
  }
}

function deadlineOf(compiled: CompiledWorkflow, timer: CompiledTimer, now: number): number {
  const { workingDays, duration } = timer;
  if (!workingDays) return addCalendarDuration(now, duration as NonNullable<typeof duration>);
  const spec = { workingDays: workingDays.count, division: workingDays.division, at: workingDays.at, calendar: compiled.registry.calendar };
  // The compiler refuses working-day timers in a machine without a counter.
  return workingDayDeadline(now, spec, compiled.workingDays as NonNullable<CompiledWorkflow['workingDays']>);
}

/** Carries out a move: exits, actions and entries, collecting the context, the timers and the effects. */
function apply(
  compiled: CompiledWorkflow,
  current: WorkflowSnapshot,
  event: WorkflowEvent,
  at: string,
  now: number,
  move: Move,
  seq: number,
  fired?: PendingTimer,
): StartResult {
  let context = current.context;
  let timers = current.timers.filter((timer) => timer !== fired);
  const effects: Effect[] = [];
  const run = (refs: readonly CompiledRef[]): void => {
    for (const { name, params, run: action } of refs) {
      let result: unknown;
      try {
        result = action?.({ context, event, params, now: at, state: current.state });
      } catch (cause) {
        if (cause instanceof CivicError) throw cause;
        throw new WorkflowBehaviourError('workflow.action_failed', `The action "${name}" threw an error`, {
          path: ['registry', 'actions', name],
          cause,
        });
      }
      if (result === undefined) continue;
      const bad = (what: string): never => {
        throw new WorkflowBehaviourError('workflow.invalid_action_result', `The action "${name}" returned ${what}`, {
          path: ['registry', 'actions', name],
        });
      };
      if (typeof result !== 'object' || result === null || Array.isArray(result)) bad('something other than { context, commands }');
      const { context: next, commands, ...rest } = result as { context?: unknown; commands?: unknown };
      if (Object.keys(rest).length > 0) bad(`unknown fields: ${Object.keys(rest).join(', ')}`);
      if (next !== undefined) {
        if (!isJsonValue(next)) bad('a context that is not plain JSON');
        context = next as JsonValue;
      }
      if (commands === undefined) continue;
      if (!Array.isArray(commands)) bad('`commands` that is not a list');
      for (const command of commands as unknown[]) {
        const { command: type, payload = null } = (command ?? {}) as { command?: unknown; payload?: unknown };
        if (typeof type !== 'string' || type.length === 0) bad('a command without a `command` name');
        if (!isJsonValue(payload)) bad('a command whose payload is not plain JSON');
        effects.push({ type: 'command', command: type as string, payload: payload as JsonValue, action: name });
      }
    }
  };
  for (const state of move.exits) {
    timers = timers.filter((timer) => {
      if (timer.state !== state.name) return true;
      effects.push({ type: 'cancel-timer', timer: timer.id, state: state.name });
      return false;
    });
    run(state.exit);
  }
  run(move.actions);
  for (const state of move.enters) {
    run(state.entry);
    for (const timer of state.timers) {
      const deadline = formatInstant(deadlineOf(compiled, timer, now), compiled.instants);
      timers.push(Object.freeze({ id: timer.id, state: state.name, deadline }));
      effects.push({ type: 'schedule-timer', timer: timer.id, state: state.name, deadline });
    }
  }
  if (context !== current.context || !compiled.contexts.has(context as object)) trustContext(compiled, context, ['context']);
  const unchanged = timers.length === current.timers.length && timers.every((timer, index) => timer === current.timers[index]);
  return {
    snapshot: snapshotOf(compiled, move.leaf, context, unchanged ? current.timers : timers.sort(compareTimers), seq, at),
    effects: Object.freeze(effects),
  };
}

/** Starts a new instance; see `start` in the main entry. */
export function start(compiled: CompiledWorkflow, now: string, options?: StartOptions): StartResult {
  const nowMs = readInstant(now, ['now'], compiled.instants);
  const { context } = readOptions<StartOptions>(options, ['context']);
  if (context !== undefined && !isJsonValue(context))
    fail('workflow.invalid_context', 'The starting context must be plain JSON', ['options', 'context']);
  const at = formatInstant(nowMs, compiled.instants);
  const base: WorkflowSnapshot = {
    definitionId: compiled.definition.id,
    definitionVersion: compiled.definition.version,
    state: [],
    status: 'active',
    context: structuredClone(context ?? compiled.definition.context?.initial ?? {}),
    timers: NONE,
    seq: 0,
    updatedAt: at,
  };
  return apply(compiled, base, { type: 'start' }, at, nowMs, compiled.start, 0);
}

function allowed(snapshot: WorkflowSnapshot, leaf: CompiledState, now: string): string[] {
  const found: string[] = [];
  for (let node: CompiledState | undefined = leaf; node?.parent; node = node.parent) {
    for (const [type, candidates] of node.on) {
      if (found.includes(type)) continue;
      const event: WorkflowEvent = { type };
      if (candidates.some((candidate) => passes(candidate.guard, snapshot, event, now))) found.push(type);
    }
  }
  return found;
}

const leafOf = (compiled: CompiledWorkflow, snapshot: WorkflowSnapshot): CompiledState =>
  compiled.states.get(snapshot.state[snapshot.state.length - 1] as string) as CompiledState;

/** Applies one event; see `transition` in the main entry. */
export function transition(
  compiled: CompiledWorkflow,
  snapshot: unknown,
  input: WorkflowEvent | string,
  now: string,
  options?: TransitionOptions,
): TransitionResult {
  const current = readSnapshot(compiled, snapshot);
  const event = readEvent(compiled, input);
  const nowMs = readInstant(now, ['now'], compiled.instants);
  const { notAllowed = 'throw' } = options === undefined ? {} : readOptions<TransitionOptions>(options, ['notAllowed']);
  if (notAllowed !== 'throw' && notAllowed !== 'ignore')
    fail('workflow.invalid_option', "`notAllowed` must be 'throw' or 'ignore'", ['options', 'notAllowed']);
  const at = formatInstant(nowMs, compiled.instants);
  const leaf = leafOf(compiled, current);
  const refuse = (reason: string): TransitionResult => {
    const error = new EventNotAllowedError(event.type, current.state, allowed(current, leaf, at), reason);
    if (notAllowed === 'throw') throw error;
    return { accepted: false, snapshot: current, effects: NONE, error };
  };
  let move: Move | undefined;
  let fired: PendingTimer | undefined;
  if (event.type === TIMER_EVENT) {
    if (event.timer === undefined)
      fail('workflow.event.missing_timer', 'A timer event must say which timer fired: { type: "timer", timer: "<id>" }', [
        'event',
        'timer',
      ]);
    fired = current.timers.find((timer) => timer.id === event.timer);
    if (!fired) return refuse(`the timer "${event.timer}" is not pending: it already fired, or its state was left`);
    if (Date.parse(fired.deadline) > nowMs) return refuse(`the timer "${event.timer}" is not due until ${fired.deadline}`);
    move = leaf.timerMoves.get(fired.id);
    if (!move) return refuse(`the timer "${event.timer}" is not in this definition`);
  } else {
    if (event.timer !== undefined) fail('workflow.event.unexpected_timer', '`timer` is only for the timer event', ['event', 'timer']);
    for (const candidate of leaf.moves.get(event.type) ?? NONE) {
      if (passes(candidate.guard, current, event, at)) {
        move = candidate;
        break;
      }
    }
    if (!move)
      return refuse(
        compiled.events.includes(event.type) ? 'no transition for it here, or its guards said no' : 'the workflow has no such event',
      );
  }
  const seq = current.seq + 1;
  const record: HistoryEntry = Object.freeze({ seq, at, event });
  if (move.plain && !fired) {
    // Only the state changes: no action to run, no timer to arm or cancel.
    return { accepted: true, snapshot: snapshotOf(compiled, move.leaf, current.context, current.timers, seq, at), effects: NONE, record };
  }
  return { accepted: true, ...apply(compiled, current, event, at, nowMs, move, seq, fired), record };
}

/** The events allowed now; see `allowedEvents` in the main entry. */
export function allowedEvents(compiled: CompiledWorkflow, snapshot: unknown, options?: AllowedEventsOptions): readonly string[] {
  const current = readSnapshot(compiled, snapshot);
  const { now } = readOptions<AllowedEventsOptions>(options, ['now']);
  const at =
    now === undefined ? current.updatedAt : formatInstant(readInstant(now, ['options', 'now'], compiled.instants), compiled.instants);
  return Object.freeze(allowed(current, leafOf(compiled, current), at));
}

/** Fires every overdue timer, earliest first; see `fireDueTimers` in the main entry. */
export function fireDueTimers(compiled: CompiledWorkflow, snapshot: unknown, now: string): FiredTimers {
  let current = readSnapshot(compiled, snapshot);
  const nowMs = readInstant(now, ['now'], compiled.instants);
  const effects: Effect[] = [];
  const records: HistoryEntry[] = [];
  // Pending timers are kept earliest first, so the first one decides whether any is due.
  for (let due = current.timers[0]; due && Date.parse(due.deadline) <= nowMs; due = current.timers[0]) {
    const result = transition(compiled, current, { type: TIMER_EVENT, timer: due.id }, now, { notAllowed: 'ignore' });
    if (!result.accepted) break;
    current = result.snapshot;
    effects.push(...result.effects);
    records.push(result.record);
  }
  return { snapshot: current, effects: Object.freeze(effects), records: Object.freeze(records) };
}
