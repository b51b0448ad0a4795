/**
 * The public types of the workflow brick, shared by both entries: the JSON shapes
 * (definitions, snapshots, events, history), what a step returns, and its options.
 * Nothing here needs zod; the zod schemas of the same shapes are in `schema.ts`.
 */
import type { UkDivision } from '@civicbricks/core/working-days';
import type { EventNotAllowedError } from './errors.js';
import type { JsonValue } from './json.js';
import type { WorkflowRegistry } from './registry.js';
import type { WorkingDayCounter } from './time.js';

/** The event type `transition` uses to fire a timer; a definition may not use it for its own events. */
export const TIMER_EVENT = 'timer';

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

export interface AllowedEventsOptions {
  /** The instant guards are evaluated at; defaults to the snapshot's `updatedAt`. */
  readonly now?: string;
}

/** What `fireDueTimers` did. */
export interface FiredTimers {
  readonly snapshot: WorkflowSnapshot;
  readonly effects: readonly Effect[];
  /** One history entry per timer fired, in order. */
  readonly records: readonly HistoryEntry[];
}

/** A checked definition bound to its registry, ready to run; made by `createMachine`. */
export interface WorkflowMachine {
  /** The checked, frozen definition. */
  readonly definition: WorkflowDefinition;
  readonly registry: WorkflowRegistry;
}

/** How `createMachine` builds a machine. */
export interface MachineOptions {
  /**
   * Counts working days for `workingDays` timers. The main entry's `createMachine`
   * uses `ukWorkingDays` (core's `addWorkingDays` over the GOV.UK feed) when absent;
   * the lean engine's has none, and refuses such timers, unless one is given.
   */
  readonly workingDays?: WorkingDayCounter;
}
