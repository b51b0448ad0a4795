/**
 * The JSON shapes of questions, conditions and journeys, as zod/mini schemas.
 *
 * The questions' own schemas live with their types in `question-types/`. They check structure only; `validateJourney` adds the checks that need the whole
 * journey (targets, reachability, the order of questions).
 */
import * as z from 'zod/mini';
import { DateRefSchema, type DateRef } from './dates.js';
import { idSchema, LocalTextSchema, type LocalText } from './question-types/base.js';
import { QuestionSchema, type Question } from './question-types/index.js';
import { finite } from './question-types/number.js';

/** The version of the journey JSON format these schemas read. */
export const JOURNEY_SCHEMA_VERSION = 1;

export {
  ID_PATTERN,
  LocalTextSchema,
  PROFILE_FIELDS,
  type LocalText,
  type ProfileField,
  type QuestionBase,
} from './question-types/base.js';
export { PREFILL_FIELDS_FOR, QuestionSchema, type Question, type QuestionType } from './question-types/index.js';
export { ItemQuestionSchema, type ChoiceQuestion, type ItemQuestion, type SimpleQuestion } from './question-types/items.js';
export type { Option } from './question-types/options.js';
export type { TextQuestion } from './question-types/text.js';
export type { NumberQuestion } from './question-types/number.js';
export type { MoneyQuestion } from './question-types/money.js';
export type { NameQuestion } from './question-types/name.js';
export type { DateQuestion } from './question-types/date.js';
export type { AddAnotherQuestion } from './question-types/add-another.js';

const id = idSchema;

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
