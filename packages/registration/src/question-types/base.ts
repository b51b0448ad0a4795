/**
 * What every question type shares: the fields all questions have, the shape of a question type's module, and the
 * helpers its reading uses (text from a form field, "required", problems with the journey's own wording).
 */
import { ValidationError, type ErrorPath } from '@civicbricks/core/errors';
import type { Locale, Params } from '@civicbricks/core/i18n';
import type { IsoDate } from '@civicbricks/core/working-days';
import type * as core from 'zod/v4/core';
import * as z from 'zod/mini';
import { questionMessages, type QuestionMessageKey } from '../messages.js';
import type { AnswerError, AnswerResult, AnswerValue, DatePart } from '../questions.js';
import { describeType, FieldLabelSchema, translatorFor, type FieldLabel, type ValidatorResult } from '../validators/shared.js';

/** Page, question and option ids: a letter, then letters, digits, `_` or `-`. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export const idSchema = z
  .string()
  .check(z.regex(ID_PATTERN, 'An id must start with a letter and use only letters, digits, "_" and "-" (64 at most)'));
const text = z.string().check(z.minLength(1), z.maxLength(2000));

/** Text in English and, where the service offers it, Welsh (English is shown when Welsh is missing). */
export interface LocalText {
  readonly en: string;
  readonly cy?: string;
}
export const LocalTextSchema = z.strictObject({ en: text, cy: z.optional(text) });

/** A journey text in the locale asked for: the Welsh when the journey has it, otherwise the English. */
export function localText(value: LocalText, locale: Locale): string {
  if (typeof value !== 'object' || value === null || typeof value.en !== 'string') {
    throw new ValidationError('registration.invalid_text', 'Expected a journey text such as { "en": "Name", "cy": "Enw" }', {
      path: ['text'],
    });
  }
  if (locale !== 'en' && locale !== 'cy') {
    throw new ValidationError('registration.invalid_locale', `The locale must be "en" or "cy", not ${describeType(locale)}`, {
      path: ['locale'],
    });
  }
  return locale === 'cy' && value.cy !== undefined ? value.cy : value.en;
}

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

export interface QuestionBase {
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

/** The zod shape of {@link QuestionBase}, which each question type's schema spreads. */
export const baseShape = {
  id: idSchema,
  prefill: z.optional(z.strictObject({ from: z.enum(PROFILE_FIELDS as [ProfileField, ...ProfileField[]]) })),
  label: LocalTextSchema,
  hint: z.optional(LocalTextSchema),
  optional: z.optional(z.boolean()),
  errorLabel: z.optional(z.strictObject({ en: FieldLabelSchema, cy: z.optional(FieldLabelSchema) })),
  errorMessages: z.optional(z.record(z.string().check(z.regex(/^[a-zA-Z]+\.[a-z_]+$/)), LocalTextSchema)),
};

/** The answer being read: the question, the locale and date it is read in, and the problems found so far. */
export interface ReadContext {
  readonly q: QuestionBase;
  readonly locale: Locale;
  readonly today: IsoDate;
  /** Where the raw input sits in the call, for programming errors (`['rawInput', 2, 'name']`). */
  readonly inputPath: ErrorPath;
  readonly errors: AnswerError[];
}

/**
 * Everything about one type of question, in one module: the JSON it is written in, how what a person entered
 * is read and checked, and how the answer reads on check your answers. The form controls it is shown with live
 * in `@civicbricks/registration-elements`' own question-type modules.
 */
export interface QuestionTypeDefinition<Q extends QuestionBase & { readonly type: string }, V extends AnswerValue = AnswerValue> {
  readonly type: Q['type'];
  /** The question's JSON (structure only; `validateJourney` checks what needs the whole journey). */
  readonly schema: core.$ZodTypeDiscriminable;
  /** The profile fields this type can be prefilled from; `validateJourney` refuses any other pairing. */
  readonly prefillFrom?: readonly ProfileField[];
  /** The route operators that can compare its answer; `validateJourney` refuses any other (none when absent). */
  readonly comparedBy?: readonly ComparisonOperator[];
  /** The answer, `undefined` when it is blank or has problems (each pushed on `ctx.errors`). */
  read(ctx: ReadContext, question: Q, raw: unknown): V | undefined;
  /** The answer as a person reads it on check your answers; lines (of an address, of ticked options) split by `\n`. */
  display(question: Q, value: V, locale: Locale): string;
}

/** The route operators that compare an answer (every question can be tested with `answered` and `notAnswered`). */
export type ComparisonOperator =
  'equals' | 'oneOf' | 'contains' | 'gt' | 'gte' | 'lt' | 'lte' | 'before' | 'onOrBefore' | 'after' | 'onOrAfter';

/** `equals` and `oneOf`, which suit any answer a route can compare as a whole. */
export const EQUALITY: readonly ComparisonOperator[] = ['equals', 'oneOf'];

/** A question type's module, typed by its question and its answer. */
export function defineQuestionType<Q extends QuestionBase & { readonly type: string }, V extends AnswerValue>(
  definition: QuestionTypeDefinition<Q, V>,
): QuestionTypeDefinition<Q, V> {
  return Object.freeze(definition);
}

/** How an error message names the field: the journey's own label, or the generic one for this kind of field. */
export function label(ctx: ReadContext, generic: 'text' | 'number' | 'money' | 'date'): FieldLabel {
  const given = ctx.q.errorLabel?.[ctx.locale];
  if (given) return given;
  const t = translatorFor(questionMessages, ctx.locale);
  return { enter: t(`${generic}.enter`), name: t(`${generic}.name`) };
}

/** A message by code: the journey's replacement when it has one, otherwise the catalogue's. */
export function message(ctx: ReadContext, code: string, key: QuestionMessageKey, params?: Params): string {
  const override = ctx.q.errorMessages?.[code];
  if (override) return localText(override, ctx.locale);
  return translatorFor(questionMessages, ctx.locale)(key, params);
}

/** Records a problem (in the journey's wording when it replaces `code`); `undefined`, so a reader can return it. */
export function problem(ctx: ReadContext, code: string, text: string, path: ErrorPath = [], parts?: readonly DatePart[]): undefined {
  const override = ctx.q.errorMessages?.[code];
  ctx.errors.push({ path, code, message: override ? localText(override, ctx.locale) : text, ...(parts ? { parts } : {}) });
  return undefined;
}

export function fromValidator(ctx: ReadContext, result: ValidatorResult, path: ErrorPath = []): string | undefined {
  if (result.ok) return result.value;
  return problem(ctx, result.error.code, result.error.message, path);
}

/** The input has the wrong shape (an object where text belongs): the calling code's mistake, not the person's. */
export function wrongShape(ctx: ReadContext, expected: string, value: unknown, path: ErrorPath = []): never {
  throw new ValidationError('registration.invalid_input', `The answer to \`${ctx.q.id}\` must be ${expected}, not ${describeType(value)}`, {
    path: [...ctx.inputPath, ...path],
  });
}

/** Refuses anything but `undefined`, `null` or a plain object, for the types whose input comes in parts. */
export function partsOf(ctx: ReadContext, raw: unknown, expected: string): Record<string, unknown> {
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) return wrongShape(ctx, expected, raw);
  return (raw ?? {}) as Record<string, unknown>;
}

/**
 * Characters nobody means to type: control characters other than tab and line breaks (NUL, ESC, DEL and the
 * C1 range, which pasting from other programs can bring) and halves of a surrogate pair on their own. Databases
 * refuse some of them and text messages would carry them, so an answer with one is refused here, with a message.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this is for
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/u;
const HIDDEN_CHARACTERS_ALL = new RegExp(HIDDEN_CHARACTERS.source, 'gu');

/** Text from a form field; `undefined` for blank. */
export function textOf(ctx: ReadContext, raw: unknown, path: ErrorPath = []): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw !== 'string') return wrongShape(ctx, 'text', raw, path);
  if (HIDDEN_CHARACTERS.test(raw)) {
    const { name } = label(ctx, 'text');
    problem(ctx, 'text.hidden_characters', message(ctx, 'text.hidden_characters', 'text.hidden_characters', { name }), path);
    // The rest is still checked, so the page lists every other problem with the answer too; an answer of
    // hidden characters alone is not reported as missing as well.
    return raw.replace(HIDDEN_CHARACTERS_ALL, '');
  }
  return raw.trim() === '' ? undefined : raw;
}

export function isBlank(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return raw.length === 0;
  if (typeof raw === 'object') return Object.values(raw).every(isBlank);
  return false;
}

/** "Enter …" (or "Select …" for a choice) unless the question is optional; `undefined` either way. */
export function required(ctx: ReadContext, enter: string, select = false): undefined {
  if (ctx.q.optional) return undefined;
  const t = translatorFor(questionMessages, ctx.locale);
  return problem(ctx, 'answer.required', t(select ? 'select.required' : 'required', { enter }));
}

/** A question type as a registry holds it: the answer's own type is the module's business. */
export interface QuestionTypeHandler<Q extends QuestionBase & { readonly type: string }> {
  readonly type: Q['type'];
  readonly schema: core.$ZodTypeDiscriminable;
  readonly prefillFrom?: readonly ProfileField[];
  readonly comparedBy?: readonly ComparisonOperator[];
  read(ctx: ReadContext, question: Q, raw: unknown): AnswerValue | undefined;
  display(question: Q, value: never, locale: Locale): string;
}

/** One module for each type of a question union, each typed by its own member of the union. */
export type QuestionTypeRegistry<Q extends QuestionBase & { readonly type: string }> = {
  readonly [K in Q['type']]: QuestionTypeHandler<Extract<Q, { readonly type: K }>>;
};

/** Reads one answer with its type's module, from a fresh context. */
export function readWith<Q extends QuestionBase & { readonly type: string }>(
  handler: QuestionTypeHandler<Q>,
  question: Q,
  raw: unknown,
  where: { readonly locale: Locale; readonly today: IsoDate; readonly inputPath: ErrorPath },
): AnswerResult {
  // Written out rather than spread: this runs for every answer of every post.
  const ctx: ReadContext = { q: question, locale: where.locale, today: where.today, inputPath: where.inputPath, errors: [] };
  const value = handler.read(ctx, question, raw);
  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors };
  return { ok: true, value: value === undefined ? null : value };
}
