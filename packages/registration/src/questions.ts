/**
 * `validateAnswer`: what a person typed for one question, checked and normalised, or
 * every problem with GOV.UK wording in English or Welsh and the path of the part to fix.
 * Each type's own reading is in its module in `question-types/`.
 */
import type { ErrorPath } from '@civicbricks/core/errors';
import type { Locale } from '@civicbricks/core/i18n';
import { parseInput } from '@civicbricks/core/validation';
import type { IsoDate } from '@civicbricks/core/working-days';
import * as z from 'zod/mini';
import { readToday } from './dates.js';
import type { AddressAnswer } from './question-types/address.js';
import { readWith } from './question-types/base.js';
import { questionTypeOf, QuestionSchema, type Question } from './question-types/index.js';
import { isPlainQuestion } from './question-types/plain.js';
import { isPlainReadOptions } from './validators/plain.js';

export { localText } from './question-types/base.js';
export { formatDate } from './question-types/date.js';
export { DEFAULT_MAX_ITEMS, itemLimit } from './question-types/add-another.js';
export type { AddressAnswer } from './question-types/address.js';

/** The parts of a date input, so an element can mark exactly the boxes to fix. */
export type DatePart = 'day' | 'month' | 'year';

/** One problem with an answer. `path` is inside the answer: `[]`, `['town']`, `[2, 'name']`. */
export interface AnswerError {
  readonly path: ErrorPath;
  readonly code: string;
  readonly message: string;
  /** Date questions: which of day, month and year to highlight. */
  readonly parts?: readonly DatePart[];
}

/** A stored answer: plain JSON, so it can be saved, resumed and submitted as is. `null`: an optional question left blank. */
export type AnswerValue =
  | string
  | number
  | boolean
  | readonly string[]
  | AddressAnswer
  | { readonly first: string; readonly last: string }
  | readonly { readonly [questionId: string]: AnswerValue }[]
  | null;

export type AnswerResult =
  { readonly ok: true; readonly value: AnswerValue } | { readonly ok: false; readonly errors: readonly AnswerError[] };

export interface ValidateAnswerOptions {
  readonly locale?: Locale;
  /** Today's date for past/future rules, `YYYY-MM-DD` or a `Date` (its date in Europe/London); defaults to now. */
  readonly today?: string | Date;
}

/** `validateAnswer`'s options (exported for the tests that hold the fast check to it). */
export const ValidateAnswerOptionsSchema = z.optional(
  z.strictObject({
    locale: z.optional(z.enum(['en', 'cy'])),
    today: z.optional(z.union([z.string(), z.date()])),
  }),
);

/**
 * Checks what a person entered for one question.
 *
 * Raw input is what a form posts: text for most questions; `{ day, month, year }` for a date;
 * `{ line1, line2, town, county, postcode }` for an address; `{ first, last }` for a name in two
 * parts; a value or an array of values for checkboxes; `"yes"`/`"no"` (or booleans) for yes/no;
 * an array of item objects for add-another. Blank input means not answered.
 *
 * @throws {ValidationError} when the question is not a valid question, or the input has the wrong
 *   shape (an object where text belongs): that is a programming error, not the person's.
 */
export function validateAnswer(question: Question, rawInput: unknown, options?: ValidateAnswerOptions): AnswerResult {
  const q = isPlainQuestion(question)
    ? question
    : (parseInput(QuestionSchema, question, { path: ['question'], codePrefix: 'registration.question', what: 'question' }) as Question);
  const opts = isPlainReadOptions(options, true)
    ? options
    : parseInput(ValidateAnswerOptionsSchema, options, { path: ['options'], codePrefix: 'registration.options', what: 'options' });
  const today = readToday(opts?.today, ['options', 'today']);
  return check(q, rawInput, opts?.locale ?? 'en', today, RAW_INPUT);
}

/**
 * `validateAnswer` for a question already checked (by `createJourney`): the engine's fast path, which
 * skips re-reading the question's JSON on every post.
 */
export function checkCheckedAnswer(question: Question, rawInput: unknown, locale: Locale, today: IsoDate): AnswerResult {
  return check(question, rawInput, locale, today, RAW_INPUT);
}

const RAW_INPUT: ErrorPath = Object.freeze(['rawInput']);

function check(q: Question, raw: unknown, locale: Locale, today: IsoDate, inputPath: ErrorPath): AnswerResult {
  return readWith(questionTypeOf(q), q, raw, { locale, today, inputPath });
}
