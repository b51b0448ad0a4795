/**
 * JSON values, instants and freezing: the small helpers every module here shares.
 *
 * Everything a workflow stores (definitions, snapshots, effects, history) is plain
 * JSON, so it survives a database column, a message queue and `JSON.parse` unchanged.
 */
import { ValidationError, type ErrorPath } from '@civicbricks/core/errors';

/** A value that survives `JSON.stringify` then `JSON.parse` unchanged. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { readonly [key: string]: JsonValue };

/** True for a plain JSON value: no `undefined`, functions, class instances, NaN, Infinity or cycles. */
export function isJsonValue(value: unknown, seen: Set<object> = new Set()): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false;
  if (seen.has(value)) return false;
  seen.add(value);
  let ok = true;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length && ok; index += 1) ok = isJsonValue(value[index], seen);
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) ok = false;
    else for (const key of Object.keys(value)) if (!(ok = isJsonValue((value as Record<string, unknown>)[key], seen))) break;
  }
  seen.delete(value);
  return ok;
}

/** Freezes a JSON value and everything inside it; returns it for chaining. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A deep copy of a JSON value (a JSON round trip, which is exactly what storage will do). */
export function cloneJson<T extends JsonValue>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The last instant a machine read and the last one it wrote. A runner applies many
 * events at the same `now` (a batch, a replay), so each machine remembers one of each;
 * kept in the machine, never in this module, so nothing is shared between machines.
 */
export interface InstantMemo {
  readText: string;
  readTime: number;
  writtenTime: number;
  writtenText: string;
}

/** A fresh memo, for a new machine. */
export function instantMemo(): InstantMemo {
  return { readText: '', readTime: 0, writtenTime: Number.NaN, writtenText: '' };
}

/**
 * Milliseconds since the epoch of an ISO 8601 instant such as `2026-12-18T09:30:00Z`
 * or `2026-06-01T10:00:00+01:00`, or `undefined` when it is not one.
 *
 * An offset is required: a local time with no offset would leave a time-zone decision hidden.
 */
export function parseInstant(value: unknown, memo?: InstantMemo): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (memo && value === memo.readText) return memo.readTime;
  const match = INSTANT.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(hour) > 23 || Number(minute) > 59) return undefined;
  if (Number(match[6] ?? 0) > 59) return undefined;
  const time = Date.parse(value);
  if (!Number.isFinite(time)) return undefined;
  // Date.parse rolls 2026-02-30 over to March; the calendar date must exist.
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (check.getUTCDate() !== Number(day)) return undefined;
  if (memo) {
    memo.readText = value;
    memo.readTime = time;
  }
  return time;
}

/** Reads a required instant argument, or throws `workflow.invalid_instant` at `path`. */
export function readInstant(value: unknown, path: ErrorPath, memo?: InstantMemo): number {
  const time = parseInstant(value, memo);
  if (time === undefined) {
    throw new ValidationError(
      'workflow.invalid_instant',
      `\`${path.join('.')}\` must be an ISO 8601 instant with an offset, like 2026-12-18T09:30:00Z`,
      { path },
    );
  }
  return time;
}

/** How snapshots store an instant: UTC with milliseconds. */
export const STORED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Writes an instant the one way snapshots store it: UTC with milliseconds. */
export function formatInstant(time: number, memo?: InstantMemo): string {
  if (!memo) return new Date(time).toISOString();
  // As with parsing, a run of steps usually shares one `now`.
  if (time !== memo.writtenTime) {
    memo.writtenText = new Date(time).toISOString();
    memo.writtenTime = time;
  }
  return memo.writtenText;
}

/** True for an instant written the way snapshots store it (the last one the machine wrote is recognised without a pattern match). */
export function isStoredInstant(value: unknown, memo?: InstantMemo): boolean {
  return (memo !== undefined && value === memo.writtenText && value !== '') || (typeof value === 'string' && STORED_INSTANT.test(value));
}
