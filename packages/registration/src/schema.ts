/**
 * The JSON shapes of questions, conditions and journeys, as zod/mini schemas.
 *
 * They check structure only; `validateJourney` adds the checks that need the whole
 * journey (targets, reachability, the order of questions).
 */
import * as z from 'zod/mini';
import { FieldLabelSchema, type FieldLabel } from './validators/shared.js';
import { DateRefSchema, type DateRef } from './dates.js';

/** The version of the journey JSON format these schemas read. */
export const JOURNEY_SCHEMA_VERSION = 1;

/** Page, question and option ids: a letter, then letters, digits, `_` or `-`. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

const id = z.string().check(z.regex(ID_PATTERN, 'An id must start with a letter and use only letters, digits, "_" and "-" (64 at most)'));
const text = z.string().check(z.minLength(1), z.maxLength(2000));

/** Text in English and, where the service offers it, Welsh (English is shown when Welsh is missing). */
export interface LocalText {
  readonly en: string;
  readonly cy?: string;
}
export const LocalTextSchema = z.strictObject({ en: text, cy: z.optional(text) });

/**
 * Fields of a citizen's profile a question can be prefilled from (tell us once): `name` (whole, for a
 * name question), `firstName`, `lastName`, `dateOfBirth`, `email`, `phone`, `address` and `postcode`.
 */
export type ProfileField = 'name' | 'firstName' | 'lastName' | 'dateOfBirth' | 'email' | 'phone' | 'address' | 'postcode';
export const PROFILE_FIELDS: readonly ProfileField[] = Object.freeze([
  'name',
  'firstName',
  'lastName',
  'dateOfBirth',
  'email',
  'phone',
  'address',
  'postcode',
] as const);

/** Which profile fields suit which question types; `validateJourney` refuses any other pairing. */
export const PREFILL_FIELDS_FOR: { readonly [type: string]: readonly ProfileField[] } = Object.freeze({
  name: ['name'],
  text: ['name', 'firstName', 'lastName'],
  date: ['dateOfBirth'],
  email: ['email'],
  phone: ['phone'],
  address: ['address'],
  postcode: ['postcode'],
});

interface QuestionBase {
  readonly id: string;
  /**
   * Tell us once: the profile field this question may be prefilled from, with the person's consent.
   * A prefilled answer is only proposed: the person confirms or changes it on the page.
   */
  readonly prefill?: { readonly from: ProfileField };
  readonly label: LocalText;
  readonly hint?: LocalText;
  /** The person may leave it blank; the answer is then `null`. */
  readonly optional?: boolean;
  /** How error messages name the field, per locale; generic wording is used without it. */
  readonly errorLabel?: { readonly en: FieldLabel; readonly cy?: FieldLabel };
  /** Replacement messages keyed by error code, such as `{ "date.on_or_before": { "en": "You must be 16 or over" } }`. */
  readonly errorMessages?: { readonly [code: string]: LocalText };
}

const base = {
  id,
  prefill: z.optional(z.strictObject({ from: z.enum(PROFILE_FIELDS as [ProfileField, ...ProfileField[]]) })),
  label: LocalTextSchema,
  hint: z.optional(LocalTextSchema),
  optional: z.optional(z.boolean()),
  errorLabel: z.optional(z.strictObject({ en: FieldLabelSchema, cy: z.optional(FieldLabelSchema) })),
  errorMessages: z.optional(z.record(z.string().check(z.regex(/^[a-zA-Z]+\.[a-z_]+$/)), LocalTextSchema)),
};

/** One choice of a radios, checkboxes or select question. */
export interface Option {
  readonly value: string;
  readonly label: LocalText;
  readonly hint?: LocalText;
  /** Checkboxes only: the "None of these" option that cannot be chosen with others. */
  readonly exclusive?: boolean;
}
const OptionSchema = z.strictObject({
  value: z.string().check(z.minLength(1), z.maxLength(200)),
  label: LocalTextSchema,
  hint: z.optional(LocalTextSchema),
  exclusive: z.optional(z.boolean()),
});
const options = z.array(OptionSchema).check(z.minLength(1), z.maxLength(500));
const limit = z.optional(z.int().check(z.minimum(1), z.maximum(100_000)));
const finite = z.number().check(z.refine((n) => Number.isFinite(n), 'This must be a finite number'));
const pence = z.optional(z.int().check(z.minimum(-Number.MAX_SAFE_INTEGER), z.maximum(Number.MAX_SAFE_INTEGER)));

export type TextQuestion = QuestionBase & { readonly type: 'text' | 'longText'; readonly maxLength?: number };
export type NumberQuestion = QuestionBase & {
  readonly type: 'number';
  /** Allow decimals (default: whole numbers only). */
  readonly decimal?: boolean;
  readonly maxDecimalPlaces?: number;
  readonly min?: number;
  readonly max?: number;
};
export type MoneyQuestion = QuestionBase & {
  readonly type: 'money';
  readonly allowNegative?: boolean;
  readonly minPence?: number;
  readonly maxPence?: number;
};
export type SimpleQuestion = QuestionBase & {
  readonly type: 'email' | 'phone' | 'postcode' | 'nationalInsuranceNumber' | 'nhsNumber' | 'address' | 'yesNo';
};
export type NameQuestion = QuestionBase & { readonly type: 'name'; readonly parts?: 'full' | 'firstAndLast' };
export type DateQuestion = QuestionBase & {
  readonly type: 'date';
  readonly mustBe?: 'past' | 'todayOrPast' | 'future' | 'todayOrFuture';
  /** For example `{ "relative": { "years": -16 } }`: at least 16 years ago. */
  readonly onOrBefore?: DateRef;
  readonly onOrAfter?: DateRef;
};
export type ChoiceQuestion = QuestionBase & { readonly type: 'radios' | 'checkboxes' | 'select'; readonly options: readonly Option[] };
export type ItemQuestion = TextQuestion | NumberQuestion | MoneyQuestion | SimpleQuestion | NameQuestion | DateQuestion | ChoiceQuestion;
export type AddAnotherQuestion = QuestionBase & {
  readonly type: 'addAnother';
  /** The questions asked for each item (no add-another inside add-another). */
  readonly questions: readonly ItemQuestion[];
  readonly minItems?: number;
  readonly maxItems?: number;
};
/** One question of a journey. */
export type Question = ItemQuestion | AddAnotherQuestion;
export type QuestionType = Question['type'];

const itemSchemas = [
  z.strictObject({ ...base, type: z.enum(['text', 'longText']), maxLength: limit }),
  z.strictObject({
    ...base,
    type: z.literal('number'),
    decimal: z.optional(z.boolean()),
    maxDecimalPlaces: z.optional(z.int().check(z.minimum(0), z.maximum(10))),
    min: z.optional(finite),
    max: z.optional(finite),
  }),
  z.strictObject({ ...base, type: z.literal('money'), allowNegative: z.optional(z.boolean()), minPence: pence, maxPence: pence }),
  z.strictObject({ ...base, type: z.enum(['email', 'phone', 'postcode', 'nationalInsuranceNumber', 'nhsNumber', 'address', 'yesNo']) }),
  z.strictObject({ ...base, type: z.literal('name'), parts: z.optional(z.enum(['full', 'firstAndLast'])) }),
  z.strictObject({
    ...base,
    type: z.literal('date'),
    mustBe: z.optional(z.enum(['past', 'todayOrPast', 'future', 'todayOrFuture'])),
    onOrBefore: z.optional(DateRefSchema),
    onOrAfter: z.optional(DateRefSchema),
  }),
  z.strictObject({ ...base, type: z.enum(['radios', 'checkboxes', 'select']), options }),
] as const;

export const ItemQuestionSchema = z.discriminatedUnion('type', [...itemSchemas]);
export const QuestionSchema = z.discriminatedUnion('type', [
  ...itemSchemas,
  z.strictObject({
    ...base,
    type: z.literal('addAnother'),
    questions: z.array(ItemQuestionSchema).check(z.minLength(1), z.maxLength(20)),
    minItems: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
    maxItems: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  }),
]);

/** A value a condition compares an answer with. */
export type Scalar = string | number | boolean;
const scalar = z.union([z.string().check(z.maxLength(2000)), finite, z.boolean()]);

/**
 * When a route is taken. Comparisons name a question; `all`, `any` and `not` combine them.
 *
 * - `equals`, `oneOf`: the answer (a radios value, yes/no as `true`/`false`, a number, text);
 * - `contains`: a checkboxes answer includes the value;
 * - `answered`, `notAnswered`: the question has an answer (a skipped optional question has none);
 * - `gt`, `gte`, `lt`, `lte`: number and money answers (money in pence);
 * - `before`, `onOrBefore`, `after`, `onOrAfter`: date answers against a {@link DateRef}.
 */
export type Condition =
  | { readonly question: string; readonly op: 'equals'; readonly value: Scalar }
  | { readonly question: string; readonly op: 'oneOf'; readonly value: readonly Scalar[] }
  | { readonly question: string; readonly op: 'contains'; readonly value: string }
  | { readonly question: string; readonly op: 'answered' | 'notAnswered' }
  | { readonly question: string; readonly op: 'gt' | 'gte' | 'lt' | 'lte'; readonly value: number }
  | { readonly question: string; readonly op: 'before' | 'onOrBefore' | 'after' | 'onOrAfter'; readonly value: DateRef }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

const comparison = z.discriminatedUnion('op', [
  z.strictObject({ question: id, op: z.literal('equals'), value: scalar }),
  z.strictObject({ question: id, op: z.literal('oneOf'), value: z.array(scalar).check(z.minLength(1)) }),
  z.strictObject({ question: id, op: z.literal('contains'), value: z.string() }),
  z.strictObject({ question: id, op: z.enum(['answered', 'notAnswered']) }),
  z.strictObject({ question: id, op: z.enum(['gt', 'gte', 'lt', 'lte']), value: finite }),
  z.strictObject({ question: id, op: z.enum(['before', 'onOrBefore', 'after', 'onOrAfter']), value: DateRefSchema }),
]);

export const ConditionSchema: z.ZodMiniType<Condition> = z.union([
  comparison,
  z.strictObject({
    get all() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(ConditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not() {
      return ConditionSchema;
    },
  }),
]);

/** One way out of a question page: the first route whose `when` holds (or has none) is taken. */
export interface Route {
  readonly to: string;
  readonly when?: Condition;
}
const RouteSchema = z.strictObject({ to: id, when: z.optional(ConditionSchema) });

export interface QuestionPage {
  readonly id: string;
  readonly type: 'question';
  /** Needed when a page groups several questions (otherwise the question's label is the heading). */
  readonly title?: LocalText;
  readonly questions: readonly Question[];
  /** Checked in order; the last must have no `when`, so there is always a way on. */
  readonly routes: readonly Route[];
}
export interface ExitPage {
  readonly id: string;
  readonly type: 'exit';
  readonly title: LocalText;
  readonly body?: LocalText;
}
export interface CheckAnswersPage {
  readonly id: string;
  readonly type: 'checkAnswers';
  readonly title?: LocalText;
  /** The confirmation page shown once the answers are sent. */
  readonly next: string;
}
export interface ConfirmationPage {
  readonly id: string;
  readonly type: 'confirmation';
  readonly title: LocalText;
  readonly body?: LocalText;
}
export type Page = QuestionPage | ExitPage | CheckAnswersPage | ConfirmationPage;

/** A journey as JSON: pages joined by routes, from `start` to check your answers and a confirmation. */
export interface JourneyDefinition {
  readonly schemaVersion: typeof JOURNEY_SCHEMA_VERSION;
  readonly id: string;
  /** Bumped when the questions change, so saved answers can say which version they belong to. */
  readonly version: number;
  readonly title: LocalText;
  readonly start: string;
  readonly pages: readonly Page[];
}

const PageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    id,
    type: z.literal('question'),
    title: z.optional(LocalTextSchema),
    questions: z.array(QuestionSchema).check(z.minLength(1), z.maxLength(20)),
    routes: z.array(RouteSchema).check(z.minLength(1), z.maxLength(100)),
  }),
  z.strictObject({ id, type: z.literal('exit'), title: LocalTextSchema, body: z.optional(LocalTextSchema) }),
  z.strictObject({ id, type: z.literal('checkAnswers'), title: z.optional(LocalTextSchema), next: id }),
  z.strictObject({ id, type: z.literal('confirmation'), title: LocalTextSchema, body: z.optional(LocalTextSchema) }),
]);

/** zod schema of a {@link JourneyDefinition} (structure only; `validateJourney` checks the graph too). */
export const JourneyDefinitionSchema = z.strictObject({
  schemaVersion: z.literal(JOURNEY_SCHEMA_VERSION),
  id,
  version: z.int().check(z.minimum(1)),
  title: LocalTextSchema,
  start: id,
  pages: z.array(PageSchema).check(z.minLength(1), z.maxLength(1000)),
});
