/**
 * The JSON shapes of a workflow: definitions, snapshots, events and history.
 *
 * These zod schemas check structure only; `parseDefinition` adds the checks that
 * need the whole definition (targets, reachability, names) and the registry
 * (guards, actions, context validators), each reported with its path.
 */
import * as z from 'zod/mini';
import { UK_DIVISIONS, type UkDivision } from '@civicbricks/core/working-days';
import { isJsonValue, type JsonValue } from './json.js';

/** State, event, guard, action and timer names: a letter, then letters, digits, `_` or `-`. */
export const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Event names may also use dots, for namespaced events such as `payment.succeeded`. */
export const EVENT_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
/** The event type `transition` uses to fire a timer; a definition may not use it for its own events. */
export const TIMER_EVENT = 'timer';

const name = z.string().check(z.regex(NAME_PATTERN, 'A name must start with a letter and use only letters, digits, "_" and "-"'));
const eventName = z
  .string()
  .check(z.regex(EVENT_PATTERN, 'An event name must start with a letter and use only letters, digits, ".", "_" and "-"'));
const text = z.string().check(z.minLength(1), z.maxLength(500));
const json = z.custom<JsonValue>((value) => isJsonValue(value), 'This must be plain JSON: no undefined, NaN, Infinity or functions');
const jsonObject = z.custom<{ readonly [key: string]: JsonValue }>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && isJsonValue(value),
  'This must be a JSON object',
);

/** A guard or action named in a definition: its registered name, optionally with JSON parameters. */
export type NamedRef = string | { readonly name: string; readonly params?: { readonly [key: string]: JsonValue } };

const ref = z.union([name, z.strictObject({ name, params: z.optional(jsonObject) })]);

/** One transition on an event: where to go (absent: stay, run the actions only), when (guard) and what to do (actions). */
export interface TransitionDefinition {
  readonly target?: string;
  readonly guard?: NamedRef;
  readonly actions?: readonly NamedRef[];
  readonly description?: string;
}

const TransitionSchema = z.strictObject({
  target: z.optional(name),
  guard: z.optional(ref),
  actions: z.optional(z.array(ref)),
  description: z.optional(text),
});

/**
 * A durable timer: when its state has been active for `after` (an ISO 8601
 * duration in calendar time) or `workingDays` (in `division`, or the definition's
 * division), it moves to `target`.
 */
export interface TimerDefinition {
  readonly id: string;
  readonly after?: string;
  readonly workingDays?: number;
  readonly division?: UkDivision;
  /** `HH:MM` Europe/London on the last working day; without it the deadline is the end of that day. */
  readonly at?: string;
  readonly target?: string;
  readonly actions?: readonly NamedRef[];
  readonly description?: string;
}

const TimerSchema = z.strictObject({
  id: name,
  after: z.optional(z.string()),
  workingDays: z.optional(z.int().check(z.minimum(1), z.maximum(3650))),
  division: z.optional(z.enum(UK_DIVISIONS)),
  at: z.optional(z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'A local time must be written HH:MM, like 17:00'))),
  target: z.optional(name),
  actions: z.optional(z.array(ref)),
  description: z.optional(text),
});

/** One state. It is compound when it has `states`, final when `type` is `"final"`, atomic otherwise. */
export interface StateDefinition {
  readonly type?: 'final';
  readonly title?: string;
  readonly description?: string;
  readonly initial?: string;
  readonly states?: { readonly [name: string]: StateDefinition };
  readonly entry?: readonly NamedRef[];
  readonly exit?: readonly NamedRef[];
  readonly on?: { readonly [event: string]: TransitionDefinition | readonly TransitionDefinition[] };
  readonly timers?: readonly TimerDefinition[];
}

const StateSchema: z.ZodMiniType<StateDefinition> = z.strictObject({
  type: z.optional(z.literal('final')),
  title: z.optional(text),
  description: z.optional(text),
  initial: z.optional(name),
  get states() {
    return z.optional(z.record(name, StateSchema));
  },
  entry: z.optional(z.array(ref)),
  exit: z.optional(z.array(ref)),
  on: z.optional(z.record(eventName, z.union([TransitionSchema, z.array(TransitionSchema)]))),
  timers: z.optional(z.array(TimerSchema)),
});

/** A versioned workflow definition: plain JSON that a person or a builder can write. */
export interface WorkflowDefinition {
  readonly id: string;
  readonly version: number;
  readonly title?: string;
  readonly description?: string;
  /** Division used by working-day timers that do not name their own. */
  readonly division?: UkDivision;
  readonly context?: {
    /** The context a new instance starts with; `{}` when absent. */
    readonly initial?: JsonValue;
    /** Name of a registered context validator, run on the initial context and after every step. */
    readonly validator?: string;
  };
  readonly initial: string;
  readonly states: { readonly [name: string]: StateDefinition };
}

/**
 * The structure of a {@link WorkflowDefinition}. Use `parseDefinition` to check a
 * definition fully: this schema alone cannot see unknown targets or unregistered guards.
 */
export const WorkflowDefinitionSchema = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'A workflow id uses lower-case letters, digits and "-", like blue-badge-application')),
  version: z.int().check(z.minimum(1)),
  title: z.optional(text),
  description: z.optional(text),
  division: z.optional(z.enum(UK_DIVISIONS)),
  context: z.optional(z.strictObject({ initial: z.optional(json), validator: z.optional(name) })),
  initial: name,
  states: z.record(name, StateSchema),
});

/** Something that happens to an instance: a person's action, a payment callback, a timer. */
export interface WorkflowEvent {
  readonly type: string;
  /** For the `timer` event: which timer fired. */
  readonly timer?: string;
  readonly data?: JsonValue;
}

export const WorkflowEventSchema = z.strictObject({
  type: eventName,
  timer: z.optional(name),
  data: z.optional(json),
});

/** A timer waiting in a snapshot: its absolute deadline is fixed when its state is entered. */
export interface PendingTimer {
  readonly id: string;
  /** The state that armed it; leaving that state cancels it. */
  readonly state: string;
  /** UTC instant, `2027-01-07T00:00:00.000Z`. */
  readonly deadline: string;
}

/** Where an instance is: plain JSON, stored as is, restored with `parseSnapshot` or `loadSnapshot`. */
export interface WorkflowSnapshot {
  readonly definitionId: string;
  readonly definitionVersion: number;
  /** Active states, outermost first, ending at an atomic or final state: `["inReview", "assessing"]`. */
  readonly state: readonly string[];
  /** `done` once the instance rests in a final state that nothing can leave. */
  readonly status: 'active' | 'done';
  readonly context: JsonValue;
  /** Pending timers, earliest deadline first. */
  readonly timers: readonly PendingTimer[];
  /** How many events have been accepted; the next history entry has `seq + 1`. */
  readonly seq: number;
  /** When the last accepted event (or the start) happened. */
  readonly updatedAt: string;
}

const instant = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'An instant is stored as UTC with milliseconds'));

export const WorkflowSnapshotSchema = z.strictObject({
  definitionId: z.string().check(z.minLength(1)),
  definitionVersion: z.int().check(z.minimum(1)),
  state: z.array(name).check(z.minLength(1)),
  status: z.enum(['active', 'done']),
  context: json,
  timers: z.array(z.strictObject({ id: name, state: name, deadline: instant })),
  seq: z.int().check(z.minimum(0)),
  updatedAt: instant,
});

/** One accepted event, as the runner appends it to the audit log. */
export interface HistoryEntry {
  /** The snapshot's `seq` after this event. */
  readonly seq: number;
  /** The `now` the event was applied at. */
  readonly at: string;
  readonly event: WorkflowEvent;
}

export const HistoryEntrySchema = z.strictObject({
  seq: z.int().check(z.minimum(1)),
  at: z.string(),
  event: WorkflowEventSchema,
});
