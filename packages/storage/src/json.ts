import { ValidationError, type ErrorPath, type Issue } from '@civicbricks/core';

/** A JSON scalar: what a filter can compare a field with. */
export type JsonPrimitive = string | number | boolean | null;

/**
 * A value that survives a trip through PostgreSQL `jsonb` unchanged, so the
 * three adapters can promise to hand back exactly what was written.
 */
export type JsonValue = JsonPrimitive | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A JSON object, for audit metadata and similar keyed data. */
export type JsonObject = { readonly [key: string]: JsonValue };

const MAX_DEPTH = 64;
// jsonb refuses U+0000, and PostgreSQL cannot store half of a surrogate pair.
// eslint-disable-next-line no-control-regex -- matching U+0000 is the point
const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks that `value` is plain JSON that every adapter stores identically and
 * returns a deep copy of it, so later changes to the caller's object cannot
 * reach what was stored. Object properties whose value is `undefined` are
 * dropped, as `JSON.stringify` would.
 *
 * @throws ValidationError naming the path of every value that is not JSON.
 */
export function toJsonValue(value: unknown, options: { path?: ErrorPath; what?: string } = {}): JsonValue {
  const issues: Issue[] = [];
  const result = copyJson(value, [...(options.path ?? [])], issues, 0, options.what ?? 'value');
  if (issues.length > 0) throw ValidationError.fromIssues(issues);
  return result as JsonValue;
}

// The path is one array pushed and popped on the way down, and a value's place is put into words only when
// there is something wrong with it: this runs over every value of every write.
function copyJson(value: unknown, path: (string | number)[], issues: Issue[], depth: number, what: string): JsonValue | undefined {
  const where = (): string => (path.length > 0 ? `\`${formatPath(path)}\`` : `the ${what}`);
  if (depth > MAX_DEPTH) {
    issues.push({ code: 'storage.json.too_deep', path: [...path], message: `${where()} is nested more than ${MAX_DEPTH} levels deep` });
    return undefined;
  }
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return Object.is(value, -0) ? 0 : value;
    issues.push({ code: 'storage.json.not_finite', path: [...path], message: `${where()} must be a finite number` });
    return undefined;
  }
  if (typeof value === 'string') {
    if (!UNSTORABLE_TEXT.test(value)) return value;
    issues.push({
      code: 'storage.json.unstorable_text',
      path: [...path],
      message: `${where()} contains a character that cannot be stored (a NUL or half of a surrogate pair)`,
    });
    return undefined;
  }
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    for (let index = 0; index < value.length; index += 1) {
      if (!Object.hasOwn(value, index)) continue; // a hole, as JSON.stringify's forEach never saw either
      const item: unknown = value[index];
      path.push(index);
      if (item === undefined) {
        issues.push({
          code: 'storage.json.not_json',
          path: [...path],
          message: `\`${formatPath(path)}\` is undefined: use null for an empty slot`,
        });
      } else {
        const copied = copyJson(item, path, issues, depth + 1, what);
        if (copied !== undefined) out.push(copied);
      }
      path.pop();
    }
    return out;
  }
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const kind = value instanceof Date ? 'a Date: store it as an ISO 8601 string' : 'not plain JSON';
      issues.push({ code: 'storage.json.not_json', path: [...path], message: `${where()} is ${kind}` });
      return undefined;
    }
    const out: Record<string, JsonValue> = {};
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      if (UNSTORABLE_TEXT.test(key)) {
        issues.push({
          code: 'storage.json.unstorable_text',
          path: [...path, key],
          message: `a field name at ${where()} contains a character that cannot be stored`,
        });
        continue;
      }
      path.push(key);
      const copied = copyJson(item, path, issues, depth + 1, what);
      path.pop();
      if (copied !== undefined) setOwn(out, key, copied);
    }
    return out;
  }
  issues.push({ code: 'storage.json.not_json', path: [...path], message: `${where()} is a ${typeof value}, which JSON cannot hold` });
  return undefined;
}

// defineProperty for "__proto__" only, so that field stays data and never becomes a prototype; plain
// assignment for every other key is much the faster.
function setOwn(out: Record<string, JsonValue>, key: string, item: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
  else out[key] = item;
}

function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * Serialises JSON with object keys sorted and no whitespace, so the same value
 * always gives the same text whatever order its keys were written in (PostgreSQL
 * `jsonb` reorders keys). The audit chain hashes this text.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: numbers must be finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${(value as readonly JsonValue[]).map(canonicalJson).join(',')}]`;
  const object = value as { readonly [key: string]: JsonValue };
  const keys = Object.keys(object).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key] as JsonValue)}`).join(',')}}`;
}

/** A deep copy of stored JSON, so callers can change what they were given without touching the store. */
export function cloneJson<T extends JsonValue>(value: T): T {
  return cloneTree(value) as T;
}

// A walk over values already known to be JSON: several times faster than structuredClone for the small
// records and audit details that every read and write copies.
function cloneTree(value: JsonValue): JsonValue {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return (value as readonly JsonValue[]).map(cloneTree);
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(value)) setOwn(out, key, cloneTree((value as { readonly [key: string]: JsonValue })[key] as JsonValue));
  return out;
}

/** Deep-freezes stored JSON held in memory. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
