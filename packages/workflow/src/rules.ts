/**
 * The rules for names, ids, times and instants, with the words both checkers use
 * for them: the zod schemas of the main entry and the hand-written checks of the engine.
 */

/** State, event, guard, action and timer names: a letter, then letters, digits, `_` or `-`. */
export const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Event names may also use dots, for namespaced events such as `payment.succeeded`. */
export const EVENT_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
/** The three divisions of the GOV.UK bank-holiday feed, from core without the feed itself. */
export { UK_DIVISIONS as DIVISIONS } from '@civicbricks/core/divisions';
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
