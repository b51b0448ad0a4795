// Random but valid workflow definitions, and random things happening to them, for property tests.
import fc from 'fast-check';
import {
  allowedEvents,
  defineRegistry,
  transition,
  type HistoryEntry,
  type JsonValue,
  type StateDefinition,
  type WorkflowDefinition,
  type WorkflowEvent,
  type WorkflowMachine,
  type WorkflowSnapshot,
} from '../src/index.js';

const count = (context: JsonValue): number => (context as { count?: number }).count ?? 0;
const flag = (event: WorkflowEvent): boolean => (event.data as { flag?: boolean } | undefined)?.flag === true;

/** The small registry every random definition draws its guards and actions from. */
export const randomRegistry = defineRegistry({
  guards: {
    always: () => true,
    never: () => false,
    evenCount: ({ context }) => count(context) % 2 === 0,
    flagged: ({ event }) => flag(event),
    below: ({ context, params }) => count(context) < Number(params.limit),
  },
  actions: {
    increment: ({ context }) => ({ context: { ...(context as object), count: count(context) + 1 } }),
    remember: ({ context, event, now }) => ({ context: { ...(context as object), last: `${event.type}@${now}` } }),
    notify: ({ state, event }) => ({ commands: [{ command: 'notify.send', payload: { from: state.join('.'), event: event.type } }] }),
  },
});

export const RANDOM_EVENTS = ['alpha', 'beta', 'gamma', 'delta'] as const;
const GUARDS = ['always', 'never', 'evenCount', 'flagged', 'below'] as const;
const ACTIONS = ['increment', 'remember', 'notify'] as const;

type Kind = 'atomic' | 'final' | { readonly children: readonly Kind[] };

const leafKind = fc.constantFrom<Kind>('atomic', 'final');
const kindArbitrary: fc.Arbitrary<Kind> = fc.oneof(
  { weight: 3, arbitrary: leafKind },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.oneof(
          { weight: 4, arbitrary: leafKind },
          { weight: 1, arbitrary: fc.array(leafKind, { minLength: 1, maxLength: 3 }).map((children) => ({ children })) },
        ),
        {
          minLength: 1,
          maxLength: 3,
        },
      )
      .map((children) => ({ children })),
  },
);

const transitionArbitrary = fc.record({
  source: fc.nat(),
  event: fc.constantFrom(...RANDOM_EVENTS),
  target: fc.option(fc.nat(), { nil: undefined, freq: 5 }),
  guard: fc.option(fc.constantFrom(...GUARDS), { nil: undefined }),
  actions: fc.array(fc.constantFrom(...ACTIONS), { maxLength: 2 }),
});

type RandomTransition = typeof transitionArbitrary extends fc.Arbitrary<infer T> ? T : never;

const timerArbitrary = fc.record({
  source: fc.nat(),
  target: fc.nat(),
  delay: fc.oneof(
    fc.integer({ min: 1, max: 72 }).map((hours) => ({ after: `PT${hours}H` })),
    fc.integer({ min: 1, max: 5 }).map((days) => ({ after: `P${days}D` })),
    fc.integer({ min: 1, max: 12 }).map((workingDays) => ({ workingDays })),
  ),
  actions: fc.array(fc.constantFrom(...ACTIONS), { maxLength: 1 }),
});

type RandomTimer = typeof timerArbitrary extends fc.Arbitrary<infer T> ? T : never;

interface Node {
  readonly name: string;
  readonly depth: number;
  readonly final: boolean;
  readonly parent: Node | undefined;
  readonly children: Node[];
  json: { -readonly [K in keyof StateDefinition]: StateDefinition[K] } & {
    on?: Record<string, { target?: string; guard?: string | { name: string; params: { limit: number } }; actions?: string[] }[]>;
    timers?: { id: string; target: string; after?: string; workingDays?: number; actions?: string[] }[];
  };
}

/**
 * Builds a valid definition from random parts: states numbered in document order,
 * finals only as leaves, the first state never final, and every state reachable
 * (each one not entered as an `initial` gets a transition from an earlier, non-final state).
 */
function build(
  top: readonly Kind[],
  transitions: readonly RandomTransition[],
  timers: readonly RandomTimer[],
  division: 'england-and-wales' | 'scotland' | 'northern-ireland',
): WorkflowDefinition {
  const all: Node[] = [];
  const make = (kind: Kind, parent: Node | undefined, first: boolean): Node => {
    const final = kind === 'final' && !(first && parent === undefined && all.length === 0);
    const node: Node = { name: `s${all.length}`, depth: parent ? parent.depth + 1 : 0, final, parent, children: [], json: {} };
    all.push(node);
    if (final) node.json.type = 'final';
    if (typeof kind === 'object') {
      kind.children.forEach((child, index) => node.children.push(make(child, node, index === 0)));
      node.json.initial = node.children[0]!.name;
    }
    return node;
  };
  const roots = top.map((kind, index) => make(index === 0 && kind === 'final' ? 'atomic' : kind, undefined, index === 0));
  const movable = all.filter((node) => !node.final);
  const on = (node: Node, event: string, value: NonNullable<Node['json']['on']>[string][number]): void => {
    node.json.on ??= {};
    (node.json.on[event] ??= []).push(value);
  };
  for (const candidate of transitions) {
    const source = movable[candidate.source % movable.length]!;
    const value: NonNullable<Node['json']['on']>[string][number] = {};
    if (candidate.target !== undefined) value.target = all[candidate.target % all.length]!.name;
    if (candidate.guard) value.guard = candidate.guard === 'below' ? { name: 'below', params: { limit: 3 } } : candidate.guard;
    if (candidate.actions.length > 0) value.actions = [...candidate.actions];
    on(source, candidate.event, value);
  }
  timers.forEach((candidate, index) => {
    const source = movable[candidate.source % movable.length]!;
    (source.json.timers ??= []).push({
      id: `t${index}`,
      target: all[candidate.target % all.length]!.name,
      ...candidate.delay,
      ...(candidate.actions.length > 0 ? { actions: [...candidate.actions] } : {}),
    });
  });
  // Reachability: entered as an initial, or the target of a transition from an earlier state that is not final.
  all.forEach((node, index) => {
    const initial = node.parent ? node.parent.children[0] === node : node === roots[0];
    if (initial || index === 0) return;
    const earlier = movable.filter((candidate) => all.indexOf(candidate) < index);
    const source = earlier[index % earlier.length]!;
    on(source, `go-${node.name}`, { target: node.name });
  });
  const toJson = (nodes: readonly Node[]): Record<string, StateDefinition> =>
    Object.fromEntries(
      nodes.map((node) => [node.name, node.children.length > 0 ? { ...node.json, states: toJson(node.children) } : node.json]),
    );
  return {
    id: 'random-workflow',
    version: 1,
    division,
    context: { initial: { count: 0 } },
    initial: roots[0]!.name,
    states: toJson(roots),
  };
}

/** A random valid definition (as JSON, not yet parsed). */
export const definitionArbitrary: fc.Arbitrary<WorkflowDefinition> = fc
  .tuple(
    fc.array(kindArbitrary, { minLength: 1, maxLength: 4 }),
    fc.array(transitionArbitrary, { maxLength: 12 }),
    fc.array(timerArbitrary, { maxLength: 3 }),
    fc.constantFrom('england-and-wales' as const, 'scotland' as const, 'northern-ireland' as const),
  )
  .map(([top, transitions, timers, division]) => build(top, transitions, timers, division));

/** Every event name a definition uses, the `go-*` connectors included. */
export function eventsOf(definition: WorkflowDefinition): string[] {
  const found = new Set<string>(RANDOM_EVENTS);
  const visit = (states: Readonly<Record<string, StateDefinition>>): void => {
    for (const state of Object.values(states)) {
      for (const event of Object.keys(state.on ?? {})) found.add(event);
      if (state.states) visit(state.states);
    }
  };
  visit(definition.states);
  return [...found].sort();
}

/** One random happening: an event by index into `eventsOf`, with or without the flag; or the next timer firing, late by some minutes. */
export type RandomStep =
  | { readonly kind: 'event'; readonly pick: number; readonly flag: boolean; readonly advanceMinutes: number }
  | { readonly kind: 'timer'; readonly lateMinutes: number };

export const randomStepsArbitrary: fc.Arbitrary<RandomStep[]> = fc.array(
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('event' as const),
        pick: fc.nat(),
        flag: fc.boolean(),
        advanceMinutes: fc.integer({ min: 0, max: 4000 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('timer' as const), lateMinutes: fc.integer({ min: 0, max: 3000 }) }) },
  ),
  { maxLength: 30 },
);

/** Turns a random step into the event and instant to send, given where the process is. */
export function eventFor(
  machine: WorkflowMachine,
  snapshot: WorkflowSnapshot,
  step: RandomStep,
  now: number,
): { event: WorkflowEvent; now: number } | undefined {
  if (step.kind === 'timer') {
    const [next] = snapshot.timers;
    if (!next) return undefined;
    return { event: { type: 'timer', timer: next.id }, now: Math.max(now, Date.parse(next.deadline)) + step.lateMinutes * 60_000 };
  }
  // Half the time an event that is allowed now (so that journeys go somewhere), otherwise any event at all.
  const allowed = allowedEvents(machine, snapshot);
  const events = step.pick % 2 === 0 && allowed.length > 0 ? allowed : eventsOf(machine.definition);
  const type = events[Math.floor(step.pick / 2) % events.length]!;
  return { event: step.flag ? { type, data: { flag: true } } : { type }, now: now + step.advanceMinutes * 60_000 };
}

export interface RandomJourney {
  readonly snapshots: readonly WorkflowSnapshot[];
  readonly history: readonly HistoryEntry[];
  /** Events tried while the process was done, each refused. */
  readonly refusedWhileDone: number;
}

/** Applies the steps with the pure transition, ignoring what is not allowed, as a runner redelivering would. */
export function walkRandom(machine: WorkflowMachine, initial: WorkflowSnapshot, steps: readonly RandomStep[]): RandomJourney {
  const snapshots = [initial];
  const history: HistoryEntry[] = [];
  let snapshot = initial;
  let now = Date.parse(initial.updatedAt);
  let refusedWhileDone = 0;
  for (const step of steps) {
    const next = eventFor(machine, snapshot, step, now);
    if (!next) continue;
    now = next.now;
    const result = transition(machine, snapshot, next.event, new Date(now).toISOString(), { notAllowed: 'ignore' });
    if (snapshot.status === 'done') {
      if (result.accepted) throw new Error(`"${next.event.type}" moved a finished process out of ${snapshot.state.join('.')}`);
      refusedWhileDone += 1;
    }
    if (!result.accepted) continue;
    snapshot = result.snapshot;
    snapshots.push(snapshot);
    history.push(result.record);
  }
  return { snapshots, history, refusedWhileDone };
}
