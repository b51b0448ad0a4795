/**
 * Checking a definition against itself and a registry, and the indexed form the
 * transition function runs on.
 */
import { ValidationError, type ErrorPath, type Issue } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import type { UkDivision } from '@civicbricks/core/working-days';
import { deepFreeze, type JsonObject, type JsonValue } from './json.js';
import { checkRegistry, emptyRegistry, isTrustedRegistry, type WorkflowRegistry } from './registry.js';
import {
  TIMER_EVENT,
  WorkflowDefinitionSchema,
  type NamedRef,
  type StateDefinition,
  type TimerDefinition,
  type TransitionDefinition,
  type WorkflowDefinition,
} from './schema.js';
import { parseDuration, type Duration } from './time.js';

/** A guard or action reference with its parameters resolved. */
export interface CompiledRef {
  readonly name: string;
  readonly params: JsonObject;
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

export interface CompiledState {
  readonly name: string;
  /** Outermost first, ending with this state; empty for the root. */
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
}

export interface CompiledWorkflow {
  readonly definition: WorkflowDefinition;
  readonly registry: WorkflowRegistry;
  readonly root: CompiledState;
  readonly states: ReadonlyMap<string, CompiledState>;
  readonly timers: ReadonlyMap<string, CompiledTimer>;
  /** Every event name the definition handles, in the order it first appears. */
  readonly events: readonly string[];
}

const frozenDefinitions = new WeakSet<object>();
const cache = new WeakMap<object, WeakMap<object, CompiledWorkflow>>();

/**
 * Checks a workflow definition completely and returns a frozen copy, ready for `transition`.
 *
 * Beyond the JSON shape, it reports (each with its path, all at once):
 * `workflow.unknown_target`, `workflow.unknown_initial`, `workflow.missing_initial`,
 * `workflow.unreachable_state`, `workflow.unknown_guard`, `workflow.unknown_action`,
 * `workflow.unknown_context_validator`, `workflow.invalid_initial_context`,
 * `workflow.duplicate_name`, `workflow.timer_without_target`, `workflow.invalid_timer`,
 * `workflow.final_with_transitions` and `workflow.reserved_event`.
 *
 * Pass the registry the definition will run with, so unregistered names are caught
 * now rather than in the middle of a case.
 *
 * @throws {ValidationError} listing every problem found.
 */
export function parseDefinition(input: unknown, registry: WorkflowRegistry = emptyRegistry()): WorkflowDefinition {
  return compile(input, registry).definition;
}

/** The compiled form of a definition, cached for definitions from `parseDefinition` with a trusted registry. */
export function compile(input: unknown, registryInput: unknown = emptyRegistry()): CompiledWorkflow {
  const registry = checkRegistry(registryInput);
  const cacheable = typeof input === 'object' && input !== null && frozenDefinitions.has(input) && isTrustedRegistry(registry);
  if (cacheable) {
    const hit = cache.get(input)?.get(registry);
    if (hit) return hit;
  }
  const compiled = build(input, registry, true);
  const key = cacheable ? (input as object) : compiled.definition;
  let byRegistry = cache.get(key);
  if (!byRegistry) cache.set(key, (byRegistry = new WeakMap()));
  if (isTrustedRegistry(registry)) byRegistry.set(registry, compiled);
  return compiled;
}

const structures = new WeakMap<object, CompiledWorkflow>();

/**
 * The compiled form of a definition checked for everything except registered
 * names: for diagrams and descriptions, which run no guards or actions.
 */
export function compileStructure(input: unknown): CompiledWorkflow {
  const hit = typeof input === 'object' && input !== null ? structures.get(input) : undefined;
  if (hit) return hit;
  const compiled = build(input, emptyRegistry(), false);
  structures.set(compiled.definition, compiled);
  if (typeof input === 'object' && input !== null && frozenDefinitions.has(input)) structures.set(input, compiled);
  return compiled;
}

function build(input: unknown, registry: WorkflowRegistry, checkNames: boolean): CompiledWorkflow {
  const parsed = parseInput(WorkflowDefinitionSchema, input, {
    path: ['definition'],
    codePrefix: 'workflow.definition',
    what: 'workflow definition',
  });
  const definition = deepFreeze(structuredClone(parsed) as WorkflowDefinition);
  frozenDefinitions.add(definition);
  const issues: Issue[] = [];
  const base: ErrorPath = ['definition'];
  const states = new Map<string, CompiledState>();
  const timers = new Map<string, CompiledTimer>();
  const events: string[] = [];

  const resolveRef = (value: NamedRef, path: ErrorPath, kind: 'guard' | 'action'): CompiledRef => {
    const ref = typeof value === 'string' ? { name: value, params: {} } : { name: value.name, params: value.params ?? {} };
    const known = kind === 'guard' ? registry.guards : registry.actions;
    if (checkNames && (!known || !Object.hasOwn(known, ref.name))) {
      issues.push({
        code: `workflow.unknown_${kind}`,
        path,
        message: `The ${kind} "${ref.name}" is not registered: add it to the registry's ${kind}s, or fix the name`,
      });
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
  };
  const statePaths = new Map<CompiledState, ErrorPath>([[root, base]]);

  // Pass 1: the state tree, names and actions.
  const visit = (parent: CompiledState, children: Readonly<Record<string, StateDefinition>>, path: ErrorPath): void => {
    for (const [name, node] of Object.entries(children)) {
      const here = [...path, 'states', name];
      if (states.has(name)) {
        issues.push({
          code: 'workflow.duplicate_name',
          path: here,
          message: `There is already a state called "${name}": state names must be unique in the whole workflow, so targets are never ambiguous`,
        });
        continue;
      }
      const final = node.type === 'final';
      const state: CompiledState = {
        name,
        path: [...parent.path, name],
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
      };
      if (final) {
        for (const key of ['on', 'timers', 'states', 'initial'] as const) {
          if (node[key] !== undefined) {
            issues.push({
              code: 'workflow.final_with_transitions',
              path: [...here, key],
              message: `"${name}" is a final state, so it cannot have \`${key}\`: nothing leaves a final state`,
            });
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
        issues.push({
          code: 'workflow.unknown_initial',
          path: [...path, 'initial'],
          message: `"${state.name}" has no child states, so it cannot have \`initial\``,
        });
      }
      return;
    }
    if (initial === undefined) {
      issues.push({
        code: 'workflow.missing_initial',
        path: [...path, 'initial'],
        message: `"${state.name || definition.id}" has child states, so it needs \`initial\`: one of ${state.children.map((child) => `"${child.name}"`).join(', ')}`,
      });
      return;
    }
    state.initial = state.children.find((child) => child.name === initial);
    if (!state.initial) {
      issues.push({
        code: 'workflow.unknown_initial',
        path: [...path, 'initial'],
        message: `\`initial\` is "${initial}", which is not a child state here: use one of ${state.children.map((child) => `"${child.name}"`).join(', ')}`,
      });
    }
  };
  resolveInitial(root, definition.initial, base);

  const target = (name: string | undefined, path: ErrorPath): CompiledState | undefined => {
    if (name === undefined) return undefined;
    const found = states.get(name);
    if (!found) issues.push({ code: 'workflow.unknown_target', path, message: `The target "${name}" is not a state in this workflow` });
    return found;
  };

  // Pass 2: initials, transitions and timers, now that every state is known.
  for (const state of states.values()) {
    const here = statePaths.get(state) ?? base;
    if (!state.final) resolveInitial(state, state.definition.initial, here);
    for (const [event, value] of Object.entries(state.definition.on ?? {})) {
      const onPath = [...here, 'on', event];
      if (event === TIMER_EVENT) {
        issues.push({
          code: 'workflow.reserved_event',
          path: onPath,
          message: `"${TIMER_EVENT}" is reserved for timers: name the event something else`,
        });
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
        issues.push({
          code: 'workflow.duplicate_name',
          path: [...path, 'id'],
          message: `There is already a timer called "${timer.id}": timer ids must be unique in the workflow`,
        });
        return;
      }
      if (timer.target === undefined) {
        issues.push({
          code: 'workflow.timer_without_target',
          path: [...path, 'target'],
          message: `The timer "${timer.id}" needs a \`target\`: the state to move to when it fires`,
        });
      }
      const goTo = target(timer.target, [...path, 'target']);
      let duration: Duration | undefined;
      let workingDays: CompiledTimer['workingDays'];
      if ((timer.after === undefined) === (timer.workingDays === undefined)) {
        issues.push({
          code: 'workflow.invalid_timer',
          path,
          message: `The timer "${timer.id}" needs exactly one of \`after\` (an ISO 8601 duration, like P14D) or \`workingDays\``,
        });
      } else if (timer.after !== undefined) {
        duration = parseDuration(timer.after);
        if (!duration) {
          issues.push({
            code: 'workflow.invalid_timer',
            path: [...path, 'after'],
            message: '`after` must be an ISO 8601 duration longer than zero with whole numbers, like P14D, PT48H or P1M',
          });
        }
        for (const key of ['division', 'at'] as const) {
          if (timer[key] !== undefined) {
            issues.push({
              code: 'workflow.invalid_timer',
              path: [...path, key],
              message: `\`${key}\` only applies to a timer in \`workingDays\``,
            });
          }
        }
      } else if (timer.workingDays !== undefined) {
        const division = timer.division ?? definition.division;
        if (!division) {
          issues.push({
            code: 'workflow.invalid_timer',
            path: [...path, 'division'],
            message: `The timer "${timer.id}" counts working days, so it needs a \`division\` (here or on the definition): bank holidays differ between them`,
          });
        } else workingDays = { count: timer.workingDays, division, at: timer.at };
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
  if (validatorName !== undefined && checkNames) {
    const schema = registry.contextValidators?.[validatorName];
    if (!schema || !Object.hasOwn(registry.contextValidators ?? {}, validatorName)) {
      issues.push({
        code: 'workflow.unknown_context_validator',
        path: [...base, 'context', 'validator'],
        message: `The context validator "${validatorName}" is not registered: add it to the registry's contextValidators`,
      });
    } else {
      try {
        parseInput(schema, definition.context?.initial ?? {}, {
          path: [...base, 'context', 'initial'],
          codePrefix: 'workflow.invalid_initial_context',
        });
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
        issues.push({
          code: 'workflow.unreachable_state',
          path: statePaths.get(state) ?? base,
          message: `No transition, timer or \`initial\` leads to "${state.name}": connect it or remove it`,
        });
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
  return { definition, registry, root, states, timers, events };
}

/** The leaf reached by entering `state`: it, or its initial child, repeatedly. */
export function initialLeaf(state: CompiledState): CompiledState {
  let node = state;
  while (node.initial) node = node.initial;
  return node;
}

/** The JSON value a context starts as. */
export function initialContext(compiled: CompiledWorkflow): JsonValue {
  return compiled.definition.context?.initial ?? {};
}
