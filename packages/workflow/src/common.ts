/**
 * What both entries export: the typed errors, the public types and the registry.
 */
export { EventNotAllowedError, WorkflowBehaviourError } from './errors.js';
export type { JsonObject, JsonValue } from './json.js';
export * from './model.js';
export {
  defineRegistry,
  type Action,
  type ActionResult,
  type BehaviourArgs,
  type CommandRequest,
  type Guard,
  type WorkflowRegistry,
} from './registry.js';
export type { WorkingDayCounter } from './time.js';
