/**
 * What every validator shares: its options, its result and the translator for its messages.
 */
import * as z from 'zod/mini';
import { describeType, ValidationError } from '@civicbricks/core/errors';

export { describeType };
import { createTranslator, type Catalogue, type Locale, type Translator } from '@civicbricks/core/i18n';
import { parseInput } from '@civicbricks/core/validation';
import { isPlainValidatorOptions } from './plain.js';

/**
 * How a field is named in its error messages, in the locale being shown.
 *
 * - `enter`: what follows "Enter" / "Rhowch": `your date of birth` / `eich dyddiad geni`.
 * - `name`: the subject of a sentence. English starts the sentence with it (`Date of birth must be in
 *   the past`); Welsh puts it after "Rhaid i’r" (`Rhaid i’r dyddiad geni fod yn y gorffennol`), so give
 *   the bare noun, mutated if a feminine noun needs it after the article (`flwyddyn`).
 */
export interface FieldLabel {
  readonly enter: string;
  readonly name: string;
}

/** Options every validator takes. */
export interface ValidatorOptions {
  /** Language of the message; English when not given. */
  readonly locale?: Locale;
  /** Names the field in the "nothing entered" message, so it reads "Enter your postcode". */
  readonly label?: FieldLabel;
}

/** Why a value was refused: a stable code and a message the person can act on. */
export interface ValidatorError {
  readonly code: string;
  readonly message: string;
}

/** The normalised value, or why it was refused. */
export type ValidatorResult<T = string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ValidatorError };

const labelText = z.string().check(z.minLength(1), z.maxLength(200));

/** zod schema of a {@link FieldLabel}. */
export const FieldLabelSchema = z.strictObject({ enter: labelText, name: labelText });

/** The options every validator takes (exported for the tests that hold the fast check to it). */
export const ValidatorOptionsSchema = z.optional(
  z.strictObject({
    locale: z.optional(z.enum(['en', 'cy'])),
    label: z.optional(FieldLabelSchema),
  }),
);

/**
 * Characters GOV.UK Notify removes from anywhere in an email address or phone number before checking it:
 * zero-width characters (often pasted in from web pages and PDFs) and no-break spaces.
 */
export const OBSCURE_WHITESPACE = /\u180E|\u200B|\u200C|\u200D|\u2060|\uFEFF|\u2028|\u2029|\u00A0|\u202F/gu;

/** Python's `string.whitespace`, which Notify strips from both ends once the obscure characters are gone. */
export const EDGE_WHITESPACE = /^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/gu;

/** The text as Notify reads it: obscure whitespace removed everywhere, ordinary whitespace at the ends. */
export function stripAsNotify(text: string): string {
  return text.replace(OBSCURE_WHITESPACE, '').replace(EDGE_WHITESPACE, '');
}

/** Inputs longer than this are refused without looking further: no real postcode, number or address is this long. */
export const MAX_INPUT_LENGTH = 1000;

export function readOptions(options: unknown): { locale: Locale; label: FieldLabel | undefined } {
  if (isPlainValidatorOptions(options)) {
    const plain = options as ValidatorOptions | undefined;
    return { locale: plain?.locale ?? 'en', label: plain?.label };
  }
  const parsed = parseInput(ValidatorOptionsSchema, options, {
    path: ['options'],
    codePrefix: 'registration.options',
    what: 'validator options',
  });
  return { locale: parsed?.locale ?? 'en', label: parsed?.label };
}

/** The text a person typed; anything else is a programming error and throws. */
export function readText(input: unknown, what: string): string {
  if (typeof input !== 'string') {
    throw new ValidationError(
      'registration.invalid_input',
      `The ${what} to check must be the text the person typed, not ${describeType(input)}`,
      {
        path: ['input'],
      },
    );
  }
  return input;
}

const translators = new WeakMap<object, Map<Locale, Translator>>();

/** One translator per catalogue and locale, made on first use. */
export function translatorFor<K extends string>(catalogue: Catalogue<K>, locale: Locale): Translator<K> {
  let byLocale = translators.get(catalogue);
  if (!byLocale) {
    byLocale = new Map();
    translators.set(catalogue, byLocale);
  }
  let t = byLocale.get(locale);
  if (!t) {
    t = createTranslator(catalogue, locale) as Translator;
    byLocale.set(locale, t);
  }
  return t as Translator<K>;
}

export function ok<T>(value: T): ValidatorResult<T> {
  return { ok: true, value };
}

export function fail(code: string, message: string): ValidatorResult<never> {
  return { ok: false, error: { code, message } };
}
