/**
 * Checking a definition against itself and a registry, and the indexed form the
 * transition function runs on: for every leaf state, each event's candidate moves
 * with their exits, actions and entries worked out once, so a step only looks them up.
 *
 * The definition's JSON shape is checked before it gets here: by the zod schema in
 * the main entry, by the hand-written `check.ts` in the lean engine.
 */
import { ValidationError, type ErrorPath, type Issue } from '@civicbricks/core/errors';
import type { UkDivision } from '@civicbricks/core/working-days';
import type { $ZodType } from 'zod/v4/core';
import { instantMemo, type InstantMemo, type JsonObject, type JsonValue } from './json.js';
import {
  TIMER_EVENT,
  type NamedRef,
  type StateDefinition,
  type TimerDefinition,
  type TransitionDefinition,
  type WorkflowDefinition,
  type WorkflowEvent,
  type WorkflowMachine,
} from './model.js';
import type { BehaviourArgs, WorkflowRegistry } from './registry.js';
import { parseDuration, type Duration, type WorkingDayCounter } from './time.js';

/** A guard or action reference with its parameters and its implementation resolved. */
export interface CompiledRef {
  readonly name: string;
  readonly params: JsonObject;
  /** The registered function; absent when only the structure was compiled (diagrams). */
  readonly run: ((args: BehaviourArgs) => unknown) | undefined;
}

export interface CompiledTransition {
  readonly event: string;
  readonly source: CompiledState;
  readonly target: CompiledState | undefined;
  readonly guard: CompiledRef | undefined;
  readonly actions: readonly CompiledRef[];
}

export interface CompiledTimer {
  readonly id: string;
  readonly state: CompiledState;
  readonly target: CompiledState;
  readonly actions: readonly CompiledRef[];
  readonly duration: Duration | undefined;
  readonly workingDays: { readonly count: number; readonly division: UkDivision; readonly at: string | undefined } | undefined;
  readonly definition: TimerDefinition;
}

/** One way out of a leaf state, worked out when the definition is compiled. */
export interface Move {
  readonly guard: CompiledRef | undefined;
  /** States left, innermost first (their exit actions run, their timers are cancelled). */
  readonly exits: readonly CompiledState[];
  readonly actions: readonly CompiledRef[];
  /** States entered, outermost first, down to the new leaf (their entry actions run, their timers are armed). */
  readonly enters: readonly CompiledState[];
  /** The leaf after the move: the same one for a transition without a target. */
  readonly leaf: CompiledState;
  /** No action runs and no timer is armed or cancelled: only the state changes. */
  readonly plain: boolean;
}

export interface CompiledState {
  readonly name: string;
  /** Outermost first, ending with this state; empty for the root. Frozen, and shared by every snapshot in this state. */
  readonly path: readonly string[];
  readonly parent: CompiledState | undefined;
  readonly definition: StateDefinition;
  readonly final: boolean;
  readonly children: CompiledState[];
  initial: CompiledState | undefined;
  readonly on: Map<string, CompiledTransition[]>;
  readonly timers: CompiledTimer[];
  readonly entry: readonly CompiledRef[];
  readonly exit: readonly CompiledRef[];
  /** A final state whose ancestors handle no events and arm no timers: nothing can leave it. */
  done: boolean;
  /** For a leaf: the candidate moves for each event, from this state outwards, in the order they are tried. */
  readonly moves: Map<string, Move[]>;
  /** For a leaf: the move each timer of this state or an ancestor makes when it fires. */
  readonly timerMoves: Map<string, Move>;
}

/** Checks a context with a registered validator; throws `ValidationError` with codes `<prefix>.<issue code>`. */
export type ContextCheck = (schema: $ZodType, value: JsonValue, path: ErrorPath, prefix: string) => void;

export interface CompileOptions {
  /** Counts working days for `workingDays` timers; without one, such timers are refused. */
  readonly workingDays?: WorkingDayCounter | undefined;
  readonly checkContext: ContextCheck;
  /** False to compile the structure only, for diagrams: registered names are not looked up. */
  readonly checkNames?: boolean;
}

export interface CompiledWorkflow extends WorkflowMachine {
  readonly root: CompiledState;
  readonly states: ReadonlyMap<string, CompiledState>;
  readonly timers: ReadonlyMap<string, CompiledTimer>;
  /** Every event name the definition handles, in the order it first appears. */
  readonly events: readonly string[];
  /** How `start` enters the initial state and its initial children. */
  readonly start: Move;
  /** A frozen `{ type }` for each of those events, so a step given a name allocates no event. */
  readonly eventObjects: ReadonlyMap<string, WorkflowEvent>;
  readonly workingDays: WorkingDayCounter | undefined;
  /** Runs the definition's context validator, if it names one. */
  readonly checkContext: (value: JsonValue, path: ErrorPath) => void;
  /** Contexts this workflow made or checked (deep-frozen), which need no checking again. */
  readonly contexts: WeakSet<object>;
  /** Pending-timer lists this workflow made or checked (frozen), with the leaf they are valid in. */
  readonly timerLists: WeakMap<object, CompiledState>;
  /** The last instant this machine read and wrote, so a run of steps at one `now` parses and formats it once. */
  readonly instants: InstantMemo;
}

const machines = new WeakSet<object>();

/** True for a machine made by `build` through `createMachine` (either entry's). */
export function isMachine(value: unknown): value is CompiledWorkflow {
  return typeof value === 'object' && value !== null && machines.has(value);
}

/**
 * Compiles a definition whose JSON shape has been checked, reporting (each with its
 * path, all at once) `workflow.unknown_target`, `workflow.unknown_initial`,
 * `workflow.missing_initial`, `workflow.unreachable_state`, `workflow.unknown_guard`,
 * `workflow.unknown_action`, `workflow.unknown_context_validator`,
 * `workflow.invalid_initial_context`, `workflow.duplicate_name`,
 * `workflow.timer_without_target`, `workflow.invalid_timer`,
 * `workflow.final_with_transitions`, `workflow.reserved_event` and, for a machine
 * without a working-day counter, `workflow.no_working_days`.
 *
 * @throws {ValidationError} listing every problem found.
 */
export function build(definition: WorkflowDefinition, registry: WorkflowRegistry, options: CompileOptions): CompiledWorkflow {
  const checkNames = options.checkNames !== false;
  const issues: Issue[] = [];
  const base: ErrorPath = ['definition'];
  const states = new Map<string, CompiledState>();
  const timers = new Map<string, CompiledTimer>();
  const events: string[] = [];
  const add = (code: string, path: ErrorPath, message: string): void => {
    issues.push({ code, path, message });
  };

  const resolveRef = (value: NamedRef, path: ErrorPath, kind: 'guard' | 'action'): CompiledRef => {
    const name = typeof value === 'string' ? value : value.name;
    const known = (kind === 'guard' ? registry.guards : registry.actions) ?? {};
    const ref: CompiledRef = {
      name,
      params: (typeof value === 'string' ? undefined : value.params) ?? {},
      run: Object.hasOwn(known, name) ? (known[name] as CompiledRef['run']) : undefined,
    };
    if (checkNames && !ref.run) {
      add(
        `workflow.unknown_${kind}`,
        path,
        `The ${kind} "${ref.name}" is not registered: add it to the registry's ${kind}s, or fix the name`,
      );
    }
    return ref;
  };
  const refs = (values: readonly NamedRef[] | undefined, path: ErrorPath, kind: 'guard' | 'action'): CompiledRef[] =>
    (values ?? []).map((value, index) => resolveRef(value, [...path, index], kind));

  const root: CompiledState = {
    name: '',
    path: [],
    parent: undefined,
    definition: { states: definition.states },
    final: false,
    children: [],
    initial: undefined,
    on: new Map(),
    timers: [],
    entry: [],
    exit: [],
    done: false,
    moves: new Map(),
    timerMoves: new Map(),
  };
  const statePaths = new Map<CompiledState, ErrorPath>([[root, base]]);

  // Pass 1: the state tree, names and actions.
  const visit = (parent: CompiledState, children: Readonly<Record<string, StateDefinition>>, path: ErrorPath): void => {
    for (const [name, node] of Object.entries(children)) {
      const here = [...path, 'states', name];
      if (states.has(name)) {
        add(
          'workflow.duplicate_name',
          here,
          `There is already a state called "${name}": state names must be unique in the whole workflow, so targets are never ambiguous`,
        );
        continue;
      }
      const final = node.type === 'final';
      const state: CompiledState = {
        name,
        path: Object.freeze([...parent.path, name]),
        parent,
        definition: node,
        final,
        children: [],
        initial: undefined,
        on: new Map(),
        timers: [],
        entry: refs(node.entry, [...here, 'entry'], 'action'),
        exit: refs(node.exit, [...here, 'exit'], 'action'),
        done: false,
        moves: new Map(),
        timerMoves: new Map(),
      };
      if (final) {
        for (const key of ['on', 'timers', 'states', 'initial'] as const) {
          if (node[key] !== undefined) {
            add(
              'workflow.final_with_transitions',
              [...here, key],
              `"${name}" is a final state, so it cannot have \`${key}\`: nothing leaves a final state`,
            );
          }
        }
      }
      states.set(name, state);
      statePaths.set(state, here);
      parent.children.push(state);
      if (node.states && !final) visit(state, node.states, here);
    }
  };
  visit(root, definition.states, base);

  const resolveInitial = (state: CompiledState, initial: string | undefined, path: ErrorPath): void => {
    if (state.children.length === 0) {
      if (initial !== undefined && !state.final) {
        add('workflow.unknown_initial', [...path, 'initial'], `"${state.name}" has no child states, so it cannot have \`initial\``);
      }
      return;
    }
    if (initial === undefined) {
      add(
        'workflow.missing_initial',
        [...path, 'initial'],
        `"${state.name || definition.id}" has child states, so it needs \`initial\`: one of ${state.children.map((child) => `"${child.name}"`).join(', ')}`,
      );
      return;
    }
    state.initial = state.children.find((child) => child.name === initial);
    if (!state.initial) {
      add(
        'workflow.unknown_initial',
        [...path, 'initial'],
        `\`initial\` is "${initial}", which is not a child state here: use one of ${state.children.map((child) => `"${child.name}"`).join(', ')}`,
      );
    }
  };
  resolveInitial(root, definition.initial, base);

  const target = (name: string | undefined, path: ErrorPath): CompiledState | undefined => {
    if (name === undefined) return undefined;
    const found = states.get(name);
    if (!found) add('workflow.unknown_target', path, `The target "${name}" is not a state in this workflow`);
    return found;
  };

  // Pass 2: initials, transitions and timers, now that every state is known.
  for (const state of states.values()) {
    const here = statePaths.get(state) ?? base;
    if (!state.final) resolveInitial(state, state.definition.initial, here);
    for (const [event, value] of Object.entries(state.definition.on ?? {})) {
      const onPath = [...here, 'on', event];
      if (event === TIMER_EVENT) {
        add('workflow.reserved_event', onPath, `"${TIMER_EVENT}" is reserved for timers: name the event something else`);
        continue;
      }
      if (!events.includes(event)) events.push(event);
      const list: readonly TransitionDefinition[] = Array.isArray(value) ? value : [value as TransitionDefinition];
      const compiled = list.map((transition, index): CompiledTransition => {
        const path = Array.isArray(value) ? [...onPath, index] : onPath;
        return {
          event,
          source: state,
          target: target(transition.target, [...path, 'target']),
          guard: transition.guard === undefined ? undefined : resolveRef(transition.guard, [...path, 'guard'], 'guard'),
          actions: refs(transition.actions, [...path, 'actions'], 'action'),
        };
      });
      state.on.set(event, compiled);
    }
    (state.definition.timers ?? []).forEach((timer, index) => {
      const path = [...here, 'timers', index];
      if (timers.has(timer.id)) {
        add(
          'workflow.duplicate_name',
          [...path, 'id'],
          `There is already a timer called "${timer.id}": timer ids must be unique in the workflow`,
        );
        return;
      }
      if (timer.target === undefined) {
        add(
          'workflow.timer_without_target',
          [...path, 'target'],
          `The timer "${timer.id}" needs a \`target\`: the state to move to when it fires`,
        );
      }
      const goTo = target(timer.target, [...path, 'target']);
      let duration: Duration | undefined;
      let workingDays: CompiledTimer['workingDays'];
      if ((timer.after === undefined) === (timer.workingDays === undefined)) {
        add(
          'workflow.invalid_timer',
          path,
          `The timer "${timer.id}" needs exactly one of \`after\` (an ISO 8601 duration, like P14D) or \`workingDays\``,
        );
      } else if (timer.after !== undefined) {
        duration = parseDuration(timer.after);
        if (!duration) {
          add(
            'workflow.invalid_timer',
            [...path, 'after'],
            '`after` must be an ISO 8601 duration longer than zero with whole numbers, like P14D, PT48H or P1M',
          );
        }
        for (const key of ['division', 'at'] as const) {
          if (timer[key] !== undefined) {
            add('workflow.invalid_timer', [...path, key], `\`${key}\` only applies to a timer in \`workingDays\``);
          }
        }
      } else if (timer.workingDays !== undefined) {
        const division = timer.division ?? definition.division;
        if (!division) {
          add(
            'workflow.invalid_timer',
            [...path, 'division'],
            `The timer "${timer.id}" counts working days, so it needs a \`division\` (here or on the definition): bank holidays differ between them`,
          );
        } else workingDays = { count: timer.workingDays, division, at: timer.at };
        if (checkNames && !options.workingDays) {
          add(
            'workflow.no_working_days',
            [...path, 'workingDays'],
            `The timer "${timer.id}" counts working days, so the machine needs a working-day counter: pass \`{ workingDays: ukWorkingDays }\` (from @civicbricks/workflow) to createMachine`,
          );
        }
      }
      const compiled: CompiledTimer = {
        id: timer.id,
        state,
        target: goTo ?? state,
        actions: refs(timer.actions, [...path, 'actions'], 'action'),
        duration,
        workingDays,
        definition: timer,
      };
      timers.set(timer.id, compiled);
      state.timers.push(compiled);
    });
  }

  // Context: the validator must be registered and the initial context must satisfy it.
  const validatorName = definition.context?.validator;
  const validators = registry.contextValidators ?? {};
  const schema = validatorName !== undefined && Object.hasOwn(validators, validatorName) ? validators[validatorName] : undefined;
  if (validatorName !== undefined && checkNames) {
    if (!schema) {
      add(
        'workflow.unknown_context_validator',
        [...base, 'context', 'validator'],
        `The context validator "${validatorName}" is not registered: add it to the registry's contextValidators`,
      );
    } else {
      try {
        options.checkContext(
          schema,
          definition.context?.initial ?? {},
          [...base, 'context', 'initial'],
          'workflow.invalid_initial_context',
        );
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        issues.push(...error.issues);
      }
    }
  }

  // Reachability: from the initial state, through initial children, transition and timer targets and ancestors.
  if (root.initial) {
    const reached = new Set<CompiledState>();
    const queue: CompiledState[] = [];
    const reach = (state: CompiledState | undefined): void => {
      for (let node = state; node && node !== root; node = node.parent) {
        if (reached.has(node)) continue;
        reached.add(node);
        queue.push(node);
      }
    };
    reach(root.initial);
    while (queue.length > 0) {
      const state = queue.shift() as CompiledState;
      reach(state.initial);
      for (const list of state.on.values()) for (const transition of list) reach(transition.target);
      for (const timer of state.timers) reach(timer.target);
    }
    for (const state of states.values()) {
      if (!reached.has(state)) {
        add(
          'workflow.unreachable_state',
          statePaths.get(state) ?? base,
          `No transition, timer or \`initial\` leads to "${state.name}": connect it or remove it`,
        );
      }
    }
  }

  if (issues.length > 0) throw ValidationError.fromIssues(issues);

  for (const state of states.values()) {
    let done = state.final;
    for (let node = state.parent; done && node && node !== root; node = node.parent) {
      if (node.on.size > 0 || node.timers.length > 0) done = false;
    }
    state.done = done;
  }
  for (const leaf of states.values()) {
    if (leaf.children.length > 0) continue;
    for (let node: CompiledState | undefined = leaf; node && node !== root; node = node.parent) {
      for (const [event, list] of node.on) {
        let moves = leaf.moves.get(event);
        if (!moves) leaf.moves.set(event, (moves = []));
        for (const transition of list)
          moves.push(moveFrom(leaf, transition.source, transition.target, transition.guard, transition.actions));
      }
      for (const timer of node.timers) leaf.timerMoves.set(timer.id, moveFrom(leaf, node, timer.target, undefined, timer.actions));
    }
  }
  const machine: CompiledWorkflow = {
    definition,
    registry,
    root,
    states,
    timers,
    events,
    start: moveFrom(root, root, root.initial, undefined, []),
    eventObjects: new Map(events.map((type) => [type, Object.freeze({ type })])),
    workingDays: options.workingDays,
    checkContext: (value, path) => {
      if (schema) options.checkContext(schema, value, path, 'workflow.invalid_context');
    },
    contexts: new WeakSet(),
    timerLists: new WeakMap(),
    instants: instantMemo(),
  };
  // A structure compiled for a diagram has no guards or actions to run, so it is never a machine.
  if (checkNames) machines.add(machine);
  return machine;
}

function isDescendant(node: CompiledState, ancestor: CompiledState): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/** How `leaf` moves for a transition declared on `source` (itself or an ancestor) to `target`. */
function moveFrom(
  leaf: CompiledState,
  source: CompiledState,
  target: CompiledState | undefined,
  guard: CompiledRef | undefined,
  actions: readonly CompiledRef[],
): Move {
  const exits: CompiledState[] = [];
  const enters: CompiledState[] = [];
  if (target) {
    // A transition to a descendant of its source does not leave the source; any other leaves up to the states both are in.
    let domain = source.parent;
    if (isDescendant(target, source)) domain = source;
    else while (domain && !isDescendant(target, domain)) domain = domain.parent;
    for (let node: CompiledState | undefined = leaf; node && node !== domain; node = node.parent) exits.push(node);
    for (let node: CompiledState | undefined = target; node && node !== domain; node = node.parent) enters.unshift(node);
    for (let node = target.initial; node; node = node.initial) enters.push(node);
  }
  const quiet = (state: CompiledState): boolean => state.entry.length + state.exit.length + state.timers.length === 0;
  return {
    guard,
    exits,
    actions,
    enters,
    leaf: target ? initialLeaf(target) : leaf,
    plain: actions.length === 0 && exits.every(quiet) && enters.every(quiet),
  };
}

/** The leaf reached by entering `state`: it, or its initial child, repeatedly. */
function initialLeaf(state: CompiledState): CompiledState {
  let node = state;
  while (node.initial) node = node.initial;
  return node;
}
