/**
 * @civicbricks/workflow: durable, JSON-serialisable state machines for public-service processes.
 *
 * Definitions are JSON checked by {@link parseDefinition}; {@link transition} is pure
 * (no I/O, no clock) and returns the next snapshot plus the effects to carry out;
 * timers are absolute deadlines stored in the snapshot; snapshots migrate across
 * definition versions with {@link loadSnapshot}. `@civicbricks/workflow/engine` runs the
 * same core without zod or the bank-holiday feed, for browsers.
 */
export { parseDefinition } from './definition.js';
export { toMermaid, describeDefinition, type MermaidOptions } from './diagram.js';
export { EventNotAllowedError, WorkflowBehaviourError } from './errors.js';
export type { JsonObject, JsonValue } from './json.js';
export {
  allowedEvents,
  dueTimers,
  fireDueTimers,
  replay,
  start,
  transition,
  type AllowedEventsOptions,
  type CancelTimerEffect,
  type CommandEffect,
  type Effect,
  type FiredTimers,
  type ScheduleTimerEffect,
  type StartOptions,
  type StartResult,
  type TransitionOptions,
  type TransitionResult,
} from './machine.js';
export type { WorkingDayCounter } from './time.js';
export { ukWorkingDays } from './working-days.js';
export {
  defineRegistry,
  type Action,
  type ActionResult,
  type BehaviourArgs,
  type CommandRequest,
  type Guard,
  type WorkflowRegistry,
} from './registry.js';
export {
  HistoryEntrySchema,
  TIMER_EVENT,
  WorkflowDefinitionSchema,
  WorkflowEventSchema,
  WorkflowSnapshotSchema,
  type HistoryEntry,
  type NamedRef,
  type PendingTimer,
  type StateDefinition,
  type TimerDefinition,
  type TransitionDefinition,
  type WorkflowDefinition,
  type WorkflowEvent,
  type WorkflowSnapshot,
} from './schema.js';
export { loadSnapshot, parseSnapshot, type LoadedSnapshot, type LoadSnapshotOptions, type Migration } from './snapshot.js';
