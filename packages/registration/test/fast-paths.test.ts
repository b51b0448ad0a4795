/**
 * The fast checks that let the usual question, answers and options skip zod, against the schemas they stand in
 * for, on random input: each accepts only what its schema accepts, as it is; and `validateAnswer` gives the same
 * verdict and the same message (English and Welsh), or throws the same error, as reading everything with zod first.
 */
import { parseInput } from '@civicbricks/core/validation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsToSchema } from '../../../tests/support/holds-to-schema.js';
import { readToday } from '../src/dates.js';
import { AnswersSchema, EngineOptionsSchema } from '../src/engine.js';
import { QuestionSchema, type Question } from '../src/question-types/index.js';
import { isPlainQuestion } from '../src/question-types/plain.js';
import { checkCheckedAnswer, validateAnswer, ValidateAnswerOptionsSchema } from '../src/questions.js';
import { isPlainReadOptions, isPlainRecord, isPlainValidatorOptions } from '../src/validators/plain.js';
import { ValidatorOptionsSchema } from '../src/validators/shared.js';

const runs = { seed: 20_261_208, numRuns: 400 };

const oddValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -3, max: 30 }),
  fc.constant(1.5),
  fc.constant(Number.NaN),
  fc.constant(''),
  fc.constant('x'.repeat(201)),
  fc.constant('not an id!'),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ en: 'Text', fr: 'Texte' }),
  fc.constant(new Date(0)),
  fc.constant(Object.create({ inherited: 'x' }) as unknown),
);
const text = { en: 'Your answer', cy: 'Eich ateb' };
const options = [
  { value: 'library', label: { en: 'Library' } },
  { value: 'hub', label: { en: 'Community hub', cy: 'Canolfan' }, hint: { en: 'In town' } },
  { value: 'none', label: { en: 'None' }, exclusive: true },
];
const label = { en: { enter: 'your answer', name: 'Your answer' }, cy: { enter: 'eich ateb', name: 'ateb' } };

// One well-formed question of each type the fast check reads, and addAnother, which it leaves to zod.
const questions: readonly Record<string, unknown>[] = [
  { id: 'fullName', type: 'name', label: text },
  { id: 'parts', type: 'name', parts: 'firstAndLast', label: text, optional: true, errorLabel: label },
  { id: 'email', type: 'email', label: text, hint: text, prefill: { from: 'email' } },
  { id: 'phone', type: 'phone', label: text },
  { id: 'postcode', type: 'postcode', label: text },
  { id: 'nino', type: 'nationalInsuranceNumber', label: text },
  { id: 'nhs', type: 'nhsNumber', label: text },
  { id: 'home', type: 'address', label: text },
  { id: 'dob', type: 'date', mustBe: 'past', label: text, errorLabel: label },
  { id: 'start', type: 'date', onOrAfter: 'today', onOrBefore: '2030-01-01', label: text },
  { id: 'older', type: 'date', onOrBefore: { relative: { years: -16 } }, label: text },
  { id: 'people', type: 'number', min: 1, max: 20, label: text },
  { id: 'weight', type: 'number', decimal: true, maxDecimalPlaces: 2, label: text },
  { id: 'deposit', type: 'money', label: text, maxPence: 100_000 },
  { id: 'refund', type: 'money', allowNegative: true, minPence: -500, label: text },
  { id: 'contactOk', type: 'yesNo', label: text },
  { id: 'venue', type: 'radios', options, label: text },
  { id: 'needs', type: 'checkboxes', options, label: text },
  { id: 'area', type: 'select', options, label: text },
  { id: 'about', type: 'text', maxLength: 10, label: text },
  { id: 'story', type: 'longText', label: text, errorMessages: { 'text.too_long': { en: 'Too long' } } },
  { id: 'kids', type: 'addAnother', label: text, questions: [{ id: 'kidName', type: 'name', label: text }] },
];
const fields = [
  'id',
  'type',
  'label',
  'hint',
  'optional',
  'errorLabel',
  'prefill',
  'parts',
  'mustBe',
  'onOrBefore',
  'min',
  'maxDecimalPlaces',
  'maxPence',
  'options',
  'maxLength',
  'other',
];

// Half the questions are spoilt in one place: a field removed, or given an odd value.
// Questions that inherit their fields, or an extra one, as class instances and Object.create do.
const inherited = fc
  .constantFrom(...questions)
  .chain((given) =>
    fc.constantFrom(
      Object.assign(Object.create({ other: 1 }) as object, given) as unknown,
      Object.create(given) as unknown,
      Object.assign(Object.create(null) as object, given) as unknown,
    ),
  );
const spoilt = fc
  .tuple(
    fc.constantFrom(...questions),
    fc.option(fc.record({ field: fc.constantFrom(...fields), remove: fc.boolean(), odd: oddValue }), { nil: undefined }),
  )
  .map(([given, change]) => {
    if (!change) return given as unknown;
    const copy: Record<string, unknown> = { ...given };
    if (change.remove) Reflect.deleteProperty(copy, change.field);
    else copy[change.field] = change.odd;
    return copy;
  });
const question = fc.oneof({ weight: 8, arbitrary: spoilt }, { weight: 1, arbitrary: inherited });

const raw = fc.oneof(
  fc.constantFrom(
    'Megan Pritchard',
    'megan@example.org',
    'not an email',
    '07700 900982',
    'cf10 1ep',
    'jh 12 34 56 c',
    '943 476 5919',
    '3',
    '0',
    '2.5',
    '£12.50',
    '-£5',
    'yes',
    'no',
    'hub',
    'elsewhere',
    '',
    '   ',
    'a\u0000b',
  ),
  fc.constantFrom({ day: '9', month: '7', year: '1984' }, { day: '31', month: '2', year: '2020' }, { day: '', month: 'may', year: '' }),
  fc.constantFrom(
    { first: 'Megan', last: '' },
    { line1: '1 High St', town: 'Cardiff', postcode: 'CF10 1EP' },
    ['hub', 'none'],
    [{ kidName: 'Ana' }],
  ),
  fc.string({ maxLength: 6 }),
  oddValue,
);
const readOptions = fc.oneof(
  fc.constant(undefined),
  fc.record({ locale: fc.constantFrom('en', 'cy'), today: fc.constantFrom('2026-03-15', '2024-02-29') }, { requiredKeys: ['today'] }),
  fc.record(
    {
      locale: fc.oneof(fc.constantFrom('en', 'cy', 'fr'), oddValue),
      today: fc.oneof(fc.constantFrom('2026-03-15', 'soon'), oddValue),
      label: fc.oneof(fc.constant(label.en), oddValue),
    },
    { requiredKeys: [] },
  ),
);

describe('the fast checks accept only what the schemas accept, as they are', () => {
  it('questions', () => holdsToSchema(question, isPlainQuestion, QuestionSchema));
  it("validateAnswer's options", () => holdsToSchema(readOptions, (value) => isPlainReadOptions(value, true), ValidateAnswerOptionsSchema));
  it("the engine's options", () =>
    holdsToSchema(readOptions, (value) => isPlainReadOptions(value, false), EngineOptionsSchema, { least: 20 }));
  it("a validator's options", () => holdsToSchema(readOptions, isPlainValidatorOptions, ValidatorOptionsSchema, { least: 20 }));
  it('answers and posted answers', () =>
    holdsToSchema(
      fc.oneof(
        fc.dictionary(fc.string({ maxLength: 4 }), raw),
        oddValue,
        fc.constant(Object.defineProperty({}, 'hidden', { value: 'x', enumerable: false }) as unknown),
        fc.constant(JSON.parse('{"__proto__": "x"}') as unknown),
        fc.constant({ [Symbol('s')]: 'x' } as unknown),
      ),
      isPlainRecord,
      AnswersSchema,
      { least: 20 },
    ));
});

type Outcome =
  { readonly result: unknown } | { readonly threw: { readonly code: unknown; readonly path: unknown; readonly message: string } };
function outcome(run: () => unknown): Outcome {
  try {
    return { result: run() };
  } catch (error) {
    const { code, path, message } = error as { code: unknown; path: unknown; message: string };
    return { threw: { code, path, message } };
  }
}

// validateAnswer as it was: the question and options read with zod, then the answer checked.
function throughZod(given: unknown, input: unknown, options: unknown): unknown {
  const q = parseInput(QuestionSchema, given, { path: ['question'], codePrefix: 'registration.question', what: 'question' }) as Question;
  const opts = parseInput(ValidateAnswerOptionsSchema, options, { path: ['options'], codePrefix: 'registration.options', what: 'options' });
  return checkCheckedAnswer(q, input, opts?.locale ?? 'en', readToday(opts?.today, ['options', 'today']));
}

describe('validateAnswer', () => {
  it('gives the verdict and message, or throws the error, that reading the question with zod gives', () => {
    fc.assert(
      fc.property(question, raw, readOptions, (given, input, options) => {
        const fast = outcome(() => validateAnswer(given as Question, input, options as never));
        expect(fast).toEqual(outcome(() => throughZod(given, input, options)));
      }),
      { ...runs, numRuns: 800 },
    );
  });
});
