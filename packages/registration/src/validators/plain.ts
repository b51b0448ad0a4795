/**
 * Fast checks that accept only what this package's zod schemas accept, so the usual input skips zod on every call;
 * anything they do not accept goes to zod, which gives the verdict and the message. `test/fast-paths.test.ts`
 * holds each equal to its schema on random input.
 */
import type { Locale } from '@civicbricks/core/i18n';
import type { FieldLabel } from './shared.js';

/**
 * What zod reads as a record: a plain object, and only its own enumerable string keys (zod copies those and no others,
 * so an object with hidden or symbol keys is left to zod, as is an own `__proto__`).
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  if (Object.getOwnPropertySymbols(value).length > 0 || Object.hasOwn(value, '__proto__')) return false;
  return Object.getOwnPropertyNames(value).length === Object.keys(value).length;
}

/** An object whose keys (as `for…in` lists them) are all in `allowed`: a strict object's rule, read as zod reads it. */
export function hasOnlyKeys(value: unknown, allowed: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) if (!allowed.includes(key)) return false;
  return true;
}

/** Text of `min` to `max` UTF-16 units, as zod's minLength and maxLength count. */
export function isTextOf(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'cy';

const LABEL_KEYS = ['enter', 'name'];

/** `FieldLabelSchema`. */
export function isFieldLabel(value: unknown): value is FieldLabel {
  return hasOnlyKeys(value, LABEL_KEYS) && isTextOf(value.enter, 1, 200) && isTextOf(value.name, 1, 200);
}

const VALIDATOR_OPTION_KEYS = ['locale', 'label'];

/** A validator's options (`{ locale?, label? }`). */
export function isPlainValidatorOptions(value: unknown): boolean {
  if (value === undefined) return true;
  if (!hasOnlyKeys(value, VALIDATOR_OPTION_KEYS)) return false;
  return (value.locale === undefined || isLocale(value.locale)) && (value.label === undefined || isFieldLabel(value.label));
}

const isToday = (value: unknown): boolean =>
  value === undefined || typeof value === 'string' || (value instanceof Date && !Number.isNaN(value.getTime()));

/** The engine's and `validateAnswer`'s options: `{ today? }`, and `{ locale?, today? }` where `withLocale`. */
export function isPlainReadOptions(value: unknown, withLocale: boolean): boolean {
  if (value === undefined) return true;
  if (!hasOnlyKeys(value, withLocale ? ['locale', 'today'] : ['today'])) return false;
  return (value.locale === undefined || isLocale(value.locale)) && isToday(value.today);
}
