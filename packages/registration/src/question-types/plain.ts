/**
 * A fast check that accepts only questions `QuestionSchema` accepts as they are (see `validators/plain.ts`): the
 * common fields and each type's own, for every type but addAnother. A question it does not accept goes to zod.
 */
import { isIsoDate } from '@civicbricks/core/working-days';
import { hasOnlyKeys, isFieldLabel, isTextOf } from '../validators/plain.js';
import { ID_PATTERN, PROFILE_FIELDS } from './base.js';
import type { Question } from './index.js';

const BASE_KEY_SET: ReadonlySet<string> = new Set(['id', 'type', 'prefill', 'label', 'hint', 'optional', 'errorLabel', 'errorMessages']);
const LOCAL_TEXT_KEYS = ['en', 'cy'];

const optional = (value: unknown, check: (value: unknown) => boolean): boolean => value === undefined || check(value);
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';
const isFinite = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);
const intWithin =
  (min: number, max: number) =>
  (value: unknown): boolean =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
const oneOf =
  (...allowed: readonly string[]) =>
  (value: unknown): boolean =>
    typeof value === 'string' && allowed.includes(value);

function isLocalText(value: unknown): boolean {
  return hasOnlyKeys(value, LOCAL_TEXT_KEYS) && isTextOf(value.en, 1, 2000) && optional(value.cy, (cy) => isTextOf(cy, 1, 2000));
}

function isErrorLabel(value: unknown): boolean {
  return hasOnlyKeys(value, LOCAL_TEXT_KEYS) && isFieldLabel(value.en) && optional(value.cy, isFieldLabel);
}

const OPTION_KEYS = ['value', 'label', 'hint', 'exclusive'];

function isOptions(value: unknown): boolean {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length < 1 || value.length > 500) return false;
  for (let i = 0; i < value.length; i += 1) {
    const option: unknown = value[i];
    if (!hasOnlyKeys(option, OPTION_KEYS) || !isTextOf(option.value, 1, 200) || !isLocalText(option.label)) return false;
    if (!optional(option.hint, isLocalText) || !optional(option.exclusive, isBoolean)) return false;
  }
  return true;
}

// A fixed date or "today"; relative dates are left to zod.
const isSimpleDateRef = (value: unknown): boolean => value === 'today' || (typeof value === 'string' && isIsoDate(value));

type FieldChecks = { readonly [field: string]: (value: unknown) => boolean };
const none: FieldChecks = {};
const textFields: FieldChecks = { maxLength: intWithin(1, 100_000) };
const optionFields: FieldChecks = { options: isOptions };
const pence = intWithin(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);

/** Each type's own fields and their checks; a field not listed makes the question zod's to read. */
const OWN_FIELDS: { readonly [type: string]: FieldChecks } = {
  text: textFields,
  longText: textFields,
  number: { decimal: isBoolean, maxDecimalPlaces: intWithin(0, 10), min: isFinite, max: isFinite },
  money: { allowNegative: isBoolean, minPence: pence, maxPence: pence },
  email: none,
  phone: none,
  postcode: none,
  nationalInsuranceNumber: none,
  nhsNumber: none,
  address: none,
  yesNo: none,
  name: { parts: oneOf('full', 'firstAndLast') },
  date: { mustBe: oneOf('past', 'todayOrPast', 'future', 'todayOrFuture'), onOrBefore: isSimpleDateRef, onOrAfter: isSimpleDateRef },
  radios: optionFields,
  checkboxes: optionFields,
  select: optionFields,
};
// As maps: one lookup shape for every type, where the objects above each have their own.
const OWN_FIELD_CHECKS: ReadonlyMap<string, ReadonlyMap<string, (value: unknown) => boolean>> = new Map(
  Object.entries(OWN_FIELDS).map(([type, fields]) => [type, new Map(Object.entries(fields))]),
);
const REQUIRED_FIELDS: { readonly [type: string]: readonly string[] } = {
  radios: ['options'],
  checkboxes: ['options'],
  select: ['options'],
};

/** True only for a question that `QuestionSchema` accepts as it is. */
export function isPlainQuestion(input: unknown): input is Question {
  if (typeof input !== 'object' || input === null) return false;
  // With no prototype of its own, its own keys are every key a strict object's `for…in` would see.
  const prototype: unknown = Object.getPrototypeOf(input);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const value = input as Record<string, unknown>;
  const own = typeof value.type === 'string' ? OWN_FIELD_CHECKS.get(value.type) : undefined;
  if (!own) return false;
  for (const key of Object.keys(value)) {
    if (BASE_KEY_SET.has(key)) continue;
    // A strict object refuses a key it does not know even when its value is undefined.
    const check = own.get(key);
    if (!check) return false;
    const field = value[key];
    if (field !== undefined && !check(field)) return false;
  }
  for (const key of REQUIRED_FIELDS[value.type as string] ?? []) if (value[key] === undefined) return false;
  if (typeof value.id !== 'string' || !ID_PATTERN.test(value.id) || !isLocalText(value.label)) return false;
  if (!optional(value.hint, isLocalText) || !optional(value.optional, isBoolean) || !optional(value.errorLabel, isErrorLabel)) return false;
  // Profile pairings and replacement messages are rarer: zod reads them.
  if (value.errorMessages !== undefined) return false;
  return optional(value.prefill, (prefill) => hasOnlyKeys(prefill, ['from']) && PROFILE_FIELDS.includes(prefill.from as never));
}
