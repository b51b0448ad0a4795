/**
 * @civicbricks/workflow: durable, JSON-serialisable state machines for public-service processes.
 *
 * Definitions are JSON, checked once by {@link createMachine}; {@link transition} is pure
 * (no I/O, no clock) and returns the next snapshot plus the effects to carry out;
 * timers are absolute deadlines stored in the snapshot; snapshots migrate across
 * definition versions with {@link loadSnapshot}. `@civicbricks/workflow/engine` runs the
 * same core without zod or the bank-holiday feed, for browsers.
 */
export * from './common.js';
export { createMachine, parseDefinition } from './definition.js';
export { toMermaid, describeDefinition, type MermaidOptions } from './diagram.js';
export { allowedEvents, dueTimers, fireDueTimers, replay, start, transition } from './machine.js';
export { HistoryEntrySchema, WorkflowDefinitionSchema, WorkflowEventSchema, WorkflowSnapshotSchema } from './schema.js';
export {
  loadSnapshot,
  parseSnapshot,
  type DefinitionLoadSnapshotOptions,
  type LoadedSnapshot,
  type LoadSnapshotOptions,
  type Migration,
} from './snapshot.js';
export { ukWorkingDays } from './working-days.js';
