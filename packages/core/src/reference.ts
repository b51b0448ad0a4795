/**
 * Reference numbers people can read out, copy and type back: 8 characters, the
 * last a check character, like `HT4K-N7QR` (shown grouped, stored compact).
 *
 * **No personal data, ever.** A reference is drawn at random and says nothing
 * about the person, the case or when it was made, so it is safe to print on a
 * letter, read over the phone, put in an email subject or send to GOV.UK Pay and
 * Notify as their `reference`.
 *
 * **Hard to guess, not a secret.** The 7 random characters carry
 * {@link REFERENCE_ENTROPY_BITS} (about 31.7) bits: a guess hits one particular
 * reference with a chance of 1 in 3.4 billion. That stops people stumbling on
 * each other's references, but with a million issued a guess still finds *some*
 * reference about once in 3,400 tries. Never let a reference alone unlock
 * anything: ask for something else too, and limit how often anyone can try.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CivicError, ValidationError, type ErrorPath } from './errors.js';
import { parseInput } from './validation.js';

/**
 * The 23 characters references are made of, in check-value order.
 *
 * Both sides of every pair people confuse are left out (0/O, 1/I/L, 5/S, 2/Z,
 * 8/B, U/V), so misreading one of them never gives another valid character; the
 * check character catches the rarer slips that remain (G/6 in some fonts).
 * 23 is prime, which is what lets the check character catch every single typo
 * and every swap of two characters.
 */
export const REFERENCE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';

/** Characters in a reference, the check character included. */
export const REFERENCE_LENGTH = 8;

/** Bits of randomness in a reference: 7 random characters of 23, log2(23^7) ≈ 31.67. */
export const REFERENCE_ENTROPY_BITS = (REFERENCE_LENGTH - 1) * Math.log2(REFERENCE_ALPHABET.length);

/**
 * Fills the array with random bytes, as `crypto.getRandomValues` does. Inject one
 * only in tests; the default is `globalThis.crypto.getRandomValues`.
 */
export type RandomSource = (bytes: Uint8Array) => unknown;

/** `compact` as stored (`HT4KN7QR`) or `display` in two groups of four (`HT4K-N7QR`). */
export type ReferenceFormat = 'compact' | 'display';

/** Options for {@link generateReference}. */
export interface GenerateReferenceOptions {
  /** Where random bytes come from; only tests should need this. */
  readonly random?: RandomSource;
  /** Defaults to `compact`. */
  readonly format?: ReferenceFormat;
}

/** Options for {@link normaliseReference}. */
export interface NormaliseReferenceOptions {
  /** Defaults to `compact`. */
  readonly format?: ReferenceFormat;
}

/** Options for {@link validateReference}. */
export interface ValidateReferenceOptions extends NormaliseReferenceOptions {
  /** The form field the reference came from, so an error can be shown beside it. */
  readonly path?: ErrorPath;
}

/** The codes {@link validateReference} gives for text a person typed; translate these. */
export type ReferenceErrorCode = 'reference.empty' | 'reference.invalid_character' | 'reference.wrong_length' | 'reference.check_failed';

const MODULUS = REFERENCE_ALPHABET.length;
// The largest multiple of 23 a byte can hold (23 × 11): bytes from 253 up are
// thrown away so that byte % 23 is exactly uniform.
const ACCEPT_BELOW = MODULUS * Math.floor(256 / MODULUS);
// A working source finishes in one round 92% of the time; this many rounds
// without enough usable bytes means the source is broken, not unlucky.
const MAX_RANDOM_ROUNDS = 32;
// Position i is weighted i + 1. The weights 1..8 are distinct, non-zero and no two
// sum to 23, so modulo the prime 23 a change to one character, a swap of any two
// different characters (adjacent or not) and a doubled pair typed wrong (aa → bb)
// all change the sum: none can pass the check.
const CHECK_WEIGHT_INVERSE = 3; // 8 × 3 = 24 ≡ 1 (mod 23)
const VALUE_OF = new Map([...REFERENCE_ALPHABET].map((character, value) => [character, value]));
// Hyphens, the dashes word processors swap them for, and any white space.
const SEPARATORS = /[\s\u002d\u2010-\u2015\u2212]/gu;

const FormatSchema = z.optional(z.enum(['compact', 'display']));
const GenerateOptionsSchema = z.optional(
  z.strictObject({
    // Checked by hand below: zod would report a non-function under the vague code `custom`.
    random: z.optional(z.unknown()),
    format: FormatSchema,
  }),
);
const NormaliseOptionsSchema = z.optional(z.strictObject({ format: FormatSchema }));
const ValidateOptionsSchema = z.optional(
  z.strictObject({
    format: FormatSchema,
    path: z.optional(z.array(z.union([z.string(), z.number()]))),
  }),
);

/**
 * A new random reference with a check character, like `HT4KN7QR`.
 *
 * Uses `globalThis.crypto.getRandomValues` (Node 20 and every current browser)
 * with rejection sampling, so each character is exactly equally likely. The
 * reference is random and never derived from personal data; uniqueness is for
 * the store to enforce (a unique index), since two draws can collide.
 *
 * @throws {CivicError} `reference.no_random_source` where there is no Web Crypto,
 *   `reference.random_source_failed` if the source keeps giving unusable bytes.
 * @throws {ValidationError} for options that are not valid.
 */
export function generateReference(options?: GenerateReferenceOptions): string {
  const parsed =
    options === undefined ? undefined : parseInput(GenerateOptionsSchema, options, { path: ['options'], codePrefix: 'reference' });
  const random = parsed?.random;
  if (random !== undefined && typeof random !== 'function') {
    fail('reference.invalid_type', '`options.random` must be a function that fills a Uint8Array, like crypto.getRandomValues', [
      'options',
      'random',
    ]);
  }
  const values = randomValues(REFERENCE_LENGTH - 1, (random as RandomSource | undefined) ?? defaultRandomSource());
  values.push(checkValue(values));
  return present(values.map((value) => REFERENCE_ALPHABET.charAt(value)).join(''), parsed?.format);
}

/**
 * Tidies what a person typed: upper case, with spaces, hyphens and dashes taken
 * out, so `ht4k-n7qr` and ` HT4K N7QR ` both become `HT4KN7QR` (or `HT4K-N7QR`
 * with `format: 'display'`). It does not check the reference.
 *
 * No character is swapped for a lookalike (O for 0 and the like): both sides of
 * every confusable pair are left out of {@link REFERENCE_ALPHABET}, so there is no
 * right answer to swap to, and the check character catches any other misreading.
 *
 * @throws {ValidationError} `reference.invalid_type` when `input` is not a string.
 */
export function normaliseReference(input: string, options?: NormaliseReferenceOptions): string {
  const parsed =
    options === undefined ? undefined : parseInput(NormaliseOptionsSchema, options, { path: ['options'], codePrefix: 'reference' });
  return present(compact(input, []), parsed?.format);
}

/**
 * Checks a reference a person typed and returns it normalised (see {@link normaliseReference}).
 *
 * Any single wrong character and any two characters swapped are always caught.
 * Problems are reported in the order a person can best fix them: nothing entered,
 * a character references never use, the wrong length, then the check character.
 *
 * @throws {ValidationError} with a {@link ReferenceErrorCode}, a message the person
 *   can act on, and `options.path` as its path; `reference.invalid_type` for non-text.
 */
export function validateReference(input: string, options?: ValidateReferenceOptions): string {
  const parsed =
    options === undefined ? undefined : parseInput(ValidateOptionsSchema, options, { path: ['options'], codePrefix: 'reference' });
  const path: ErrorPath = parsed?.path ?? [];
  const reference = compact(input, path);
  if (reference === '') fail('reference.empty', 'Enter your reference number', path);
  // Punctuation first: it suggests the wrong thing was typed altogether (an email
  // address, say), where a stray O or 1 suggests a misread reference.
  if (!/^[A-Z0-9]*$/u.test(reference)) {
    fail('reference.invalid_character', 'Reference number must only include letters and numbers', path);
  }
  const values: number[] = [];
  for (const character of reference) {
    const value = VALUE_OF.get(character);
    if (value === undefined) {
      fail('reference.invalid_character', `Reference number cannot include ‘${character}’ – check it and enter it again`, path);
    }
    values.push(value);
  }
  if (values.length !== REFERENCE_LENGTH) {
    fail('reference.wrong_length', `Reference number must be ${REFERENCE_LENGTH} characters`, path);
  }
  if (weightedSum(values) % MODULUS !== 0) {
    fail('reference.check_failed', 'Check your reference number – one or more characters are wrong', path);
  }
  return present(reference, parsed?.format);
}

/** True when {@link validateReference} would accept `input`; false for anything else, never throws. */
export function isValidReference(input: unknown): boolean {
  if (typeof input !== 'string') return false;
  try {
    validateReference(input);
    return true;
  } catch (error) {
    if (error instanceof ValidationError) return false;
    throw error;
  }
}

function fail(code: string, message: string, path: ErrorPath): never {
  throw new ValidationError(code, message, { path });
}

function compact(input: unknown, path: ErrorPath): string {
  if (typeof input !== 'string') {
    fail('reference.invalid_type', `The reference must be text, not ${input === null ? 'null' : typeof input}`, path);
  }
  return input.replace(SEPARATORS, '').toUpperCase();
}

function present(reference: string, format: ReferenceFormat | undefined): string {
  if (format !== 'display') return reference;
  return reference.replace(/(.{4})(?=.)/gu, '$1-');
}

function weightedSum(values: readonly number[]): number {
  return values.reduce((sum, value, index) => sum + (index + 1) * value, 0);
}

function checkValue(values: readonly number[]): number {
  return (MODULUS - ((CHECK_WEIGHT_INVERSE * weightedSum(values)) % MODULUS)) % MODULUS;
}

function defaultRandomSource(): RandomSource {
  const crypto = (globalThis as { crypto?: { getRandomValues?: unknown } }).crypto;
  if (!crypto || typeof crypto.getRandomValues !== 'function') {
    throw new CivicError('reference.no_random_source', 'No secure random source: Web Crypto (globalThis.crypto) is not available here');
  }
  const getRandomValues = crypto.getRandomValues as (bytes: Uint8Array) => Uint8Array;
  return (bytes) => getRandomValues.call(crypto, bytes);
}

// Asks for exactly the bytes still needed each round, so a scripted source in a
// test maps byte for byte onto characters.
function randomValues(count: number, random: RandomSource): number[] {
  const values: number[] = [];
  for (let round = 0; values.length < count; round += 1) {
    if (round === MAX_RANDOM_ROUNDS) {
      throw new CivicError('reference.random_source_failed', `The random source gave ${MAX_RANDOM_ROUNDS} rounds of unusable bytes`);
    }
    const bytes = new Uint8Array(count - values.length);
    random(bytes);
    for (const byte of bytes) {
      if (byte < ACCEPT_BELOW) values.push(byte % MODULUS);
    }
  }
  return values;
}
