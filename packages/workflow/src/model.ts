/**
 * The JSON shapes of a workflow as types, and the rules for names. Nothing here
 * needs zod, so the lean engine shares it with the zod schemas in `schema.ts`.
 */
import type { UkDivision } from '@civicbricks/core/working-days';
import type { JsonValue } from './json.js';

/** State, event, guard, action and timer names: a letter, then letters, digits, `_` or `-`. */
export const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Event names may also use dots, for namespaced events such as `payment.succeeded`. */
export const EVENT_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
/** The event type `transition` uses to fire a timer; a definition may not use it for its own events. */
export const TIMER_EVENT = 'timer';
/** The three divisions of the GOV.UK bank-holiday feed (the same list as core's `UK_DIVISIONS`). */
export const DIVISIONS: readonly UkDivision[] = ['england-and-wales', 'scotland', 'northern-ireland'];
/** What is wrong with a name that breaks {@link NAME_PATTERN}, {@link EVENT_PATTERN} and the others, in the words both checkers use. */
export const RULES = {
  name: 'A name must start with a letter and use only letters, digits, "_" and "-"',
  event: 'An event name must start with a letter and use only letters, digits, ".", "_" and "-"',
  id: 'A workflow id uses lower-case letters, digits and "-", like blue-badge-application',
  time: 'A local time must be written HH:MM, like 17:00',
  instant: 'An instant is stored as UTC with milliseconds',
  json: 'This must be plain JSON: no undefined, NaN, Infinity or functions',
  jsonObject: 'This must be a JSON object',
} as const;
/** A workflow id: lower-case letters, digits and `-`, like `blue-badge-application`. */
export const WORKFLOW_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** A Europe/London wall-clock time, `HH:MM`. */
export const LOCAL_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
export { STORED_INSTANT } from './json.js';

/** A guard or action named in a definition: its registered name, optionally with JSON parameters. */
export type NamedRef = string | { readonly name: string; readonly params?: { readonly [key: string]: JsonValue } };

/** One transition on an event: where to go (absent: stay, run the actions only), when (guard) and what to do (actions). */
export interface TransitionDefinition {
  readonly target?: string;
  readonly guard?: NamedRef;
  readonly actions?: readonly NamedRef[];
  readonly description?: string;
}

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

/** Something that happens to an instance: a person's action, a payment callback, a timer. */
export interface WorkflowEvent {
  readonly type: string;
  /** For the `timer` event: which timer fired. */
  readonly timer?: string;
  readonly data?: JsonValue;
}

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

/** One accepted event, as the runner appends it to the audit log. */
export interface HistoryEntry {
  /** The snapshot's `seq` after this event. */
  readonly seq: number;
  /** The `now` the event was applied at. */
  readonly at: string;
  readonly event: WorkflowEvent;
}
