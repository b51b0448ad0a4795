/**
 * `validateAnswer`: what a person typed for one question, checked and normalised, or
 * every problem with GOV.UK wording in English or Welsh and the path of the part to fix.
 */
import { ValidationError, type ErrorPath } from '@civicbricks/core/errors';
import { isCivicError } from '@civicbricks/core/errors';
import { Money } from '@civicbricks/core/money';
import { monthName, type Locale, type Params } from '@civicbricks/core/i18n';
import { parseInput } from '@civicbricks/core/validation';
import { isIsoDate, type IsoDate } from '@civicbricks/core/working-days';
import * as z from 'zod/mini';
import { daysInMonth, formatIso, readToday, relativeTo } from './dates.js';
import { questionMessages, type QuestionMessageKey } from './messages.js';
import {
  QuestionSchema,
  type AddAnotherQuestion,
  type ChoiceQuestion,
  type DateQuestion,
  type LocalText,
  type MoneyQuestion,
  type NumberQuestion,
  type Question,
  type TextQuestion,
} from './schema.js';
import { describeType, translatorFor, type FieldLabel, type ValidatorResult } from './validators/shared.js';
import {
  validateEmailAddress,
  validateNationalInsuranceNumber,
  validateNhsNumber,
  validateUkPhoneNumber,
  validateUkPostcode,
} from './validators/validators.js';

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

/** An address as stored. */
export interface AddressAnswer {
  readonly line1: string;
  readonly line2?: string;
  readonly town: string;
  readonly county?: string;
  readonly postcode: string;
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

const OptionsSchema = z.optional(
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
  const q = parseInput(QuestionSchema, question, { path: ['question'], codePrefix: 'registration.question', what: 'question' }) as Question;
  const opts = parseInput(OptionsSchema, options, { path: ['options'], codePrefix: 'registration.options', what: 'options' });
  const today = readToday(opts?.today, ['options', 'today']);
  return check(q, rawInput, opts?.locale ?? 'en', today, ['rawInput']);
}

/**
 * `validateAnswer` for a question already checked (by `createJourney`): the engine's fast path, which
 * skips re-reading the question's JSON on every post.
 */
export function checkCheckedAnswer(question: Question, rawInput: unknown, locale: Locale, today: IsoDate): AnswerResult {
  return check(question, rawInput, locale, today, ['rawInput']);
}

type Ctx = {
  readonly q: Question;
  readonly locale: Locale;
  readonly today: IsoDate;
  readonly inputPath: ErrorPath;
  readonly errors: AnswerError[];
};

function check(q: Question, raw: unknown, locale: Locale, today: IsoDate, inputPath: ErrorPath): AnswerResult {
  const ctx: Ctx = { q, locale, today, inputPath, errors: [] };
  const value = read(ctx, raw);
  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors };
  return { ok: true, value: value === undefined ? null : value };
}

// ---------------------------------------------------------------------------
// Messages

/** A journey text in the locale asked for: the Welsh when the journey has it, otherwise the English. */
export function localText(text: LocalText, locale: Locale): string {
  if (typeof text !== 'object' || text === null || typeof text.en !== 'string') {
    throw new ValidationError('registration.invalid_text', 'Expected a journey text such as { "en": "Name", "cy": "Enw" }', {
      path: ['text'],
    });
  }
  if (locale !== 'en' && locale !== 'cy') {
    throw new ValidationError('registration.invalid_locale', `The locale must be "en" or "cy", not ${describeType(locale)}`, {
      path: ['locale'],
    });
  }
  return locale === 'cy' && text.cy !== undefined ? text.cy : text.en;
}

function label(ctx: Ctx, generic: 'text' | 'number' | 'money' | 'date'): FieldLabel {
  const given = ctx.q.errorLabel?.[ctx.locale];
  if (given) return given;
  const t = translatorFor(questionMessages, ctx.locale);
  return { enter: t(`${generic}.enter`), name: t(`${generic}.name`) };
}

function message(ctx: Ctx, code: string, key: QuestionMessageKey, params?: Params): string {
  const override = ctx.q.errorMessages?.[code];
  if (override) return localText(override, ctx.locale);
  return translatorFor(questionMessages, ctx.locale)(key, params);
}

function problem(ctx: Ctx, code: string, text: string, path: ErrorPath = [], parts?: readonly DatePart[]): undefined {
  const override = ctx.q.errorMessages?.[code];
  ctx.errors.push({ path, code, message: override ? localText(override, ctx.locale) : text, ...(parts ? { parts } : {}) });
  return undefined;
}

function fromValidator(ctx: Ctx, result: ValidatorResult, path: ErrorPath = []): string | undefined {
  if (result.ok) return result.value;
  return problem(ctx, result.error.code, result.error.message, path);
}

// ---------------------------------------------------------------------------
// Reading raw input

function wrongShape(ctx: Ctx, expected: string, value: unknown, path: ErrorPath = []): never {
  throw new ValidationError('registration.invalid_input', `The answer to \`${ctx.q.id}\` must be ${expected}, not ${describeType(value)}`, {
    path: [...ctx.inputPath, ...path],
  });
}

/** Text from a form field; `undefined` for blank. */
/**
 * Characters nobody means to type: control characters other than tab and line breaks (NUL, ESC, DEL and the
 * C1 range, which pasting from other programs can bring) and halves of a surrogate pair on their own. Databases
 * refuse some of them and text messages would carry them, so an answer with one is refused here, with a message.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this is for
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/u;
const HIDDEN_CHARACTERS_ALL = new RegExp(HIDDEN_CHARACTERS.source, 'gu');

function textOf(ctx: Ctx, raw: unknown, path: ErrorPath = []): string | undefined {
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

function isBlank(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return raw.length === 0;
  if (typeof raw === 'object') return Object.values(raw).every(isBlank);
  return false;
}

function required(ctx: Ctx, enter: string, select = false): undefined {
  if (ctx.q.optional) return undefined;
  const t = translatorFor(questionMessages, ctx.locale);
  return problem(ctx, 'answer.required', t(select ? 'select.required' : 'required', { enter }));
}

function read(ctx: Ctx, raw: unknown): AnswerValue | undefined {
  const q = ctx.q;
  const given = q.errorLabel?.[ctx.locale];
  const validatorOptions = { locale: ctx.locale, ...(given ? { label: given } : {}) };
  const t = translatorFor(questionMessages, ctx.locale);
  switch (q.type) {
    case 'text':
    case 'longText':
      return readText(ctx, q, raw);
    case 'number':
      return readNumber(ctx, q, raw);
    case 'money':
      return readMoney(ctx, q, raw);
    case 'email':
    case 'phone':
    case 'postcode':
    case 'nationalInsuranceNumber':
    case 'nhsNumber': {
      const text = textOf(ctx, raw);
      if (text === undefined && q.optional) return undefined;
      const validate = {
        email: validateEmailAddress,
        phone: validateUkPhoneNumber,
        postcode: validateUkPostcode,
        nationalInsuranceNumber: validateNationalInsuranceNumber,
        nhsNumber: validateNhsNumber,
      }[q.type];
      return fromValidator(ctx, validate(text ?? '', validatorOptions));
    }
    case 'name':
      return readName(ctx, raw);
    case 'date':
      return readDate(ctx, q, raw);
    case 'address':
      return readAddress(ctx, raw);
    case 'yesNo': {
      if (isBlank(raw)) return required(ctx, given?.enter ?? t('yesNo.enter'), true);
      if (raw === true || raw === 'yes') return true;
      if (raw === false || raw === 'no') return false;
      if (typeof raw !== 'string' && typeof raw !== 'boolean') return wrongShape(ctx, '"yes", "no" or a boolean', raw);
      return problem(ctx, 'choice.not_an_option', t('choice.not_an_option'));
    }
    case 'radios':
    case 'select':
    case 'checkboxes':
      return readChoice(ctx, q, raw);
    case 'addAnother':
      return readAddAnother(ctx, raw);
  }
}

function readText(ctx: Ctx, q: TextQuestion, raw: unknown): string | undefined {
  const text = textOf(ctx, raw);
  const { enter, name } = label(ctx, 'text');
  if (text === undefined) return required(ctx, enter);
  // Long text keeps its line breaks (normalised to \n); single-line text is trimmed.
  const value = q.type === 'longText' ? text.replace(/\r\n?/g, '\n').trim() : text.trim();
  const max = q.maxLength ?? (q.type === 'longText' ? 5000 : 500);
  if ([...value].length > max) return problem(ctx, 'text.too_long', message(ctx, 'text.too_long', 'text.too_long', { name, count: max }));
  return value;
}

function readNumber(ctx: Ctx, q: NumberQuestion, raw: unknown): number | undefined {
  const text = textOf(ctx, raw);
  const { enter, name } = label(ctx, 'number');
  if (text === undefined) return required(ctx, enter);
  const compact = text.trim().replace(/\s+/g, '');
  if (!/^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u.test(compact)) {
    return problem(ctx, 'number.not_a_number', message(ctx, 'number.not_a_number', 'number.not_a_number', { name }));
  }
  const decimals = compact.split('.')[1]?.length ?? 0;
  if (!q.decimal && decimals > 0) return problem(ctx, 'number.not_whole', message(ctx, 'number.not_whole', 'number.not_whole', { name }));
  const maxPlaces = q.maxDecimalPlaces ?? 10;
  if (decimals > maxPlaces) {
    return problem(
      ctx,
      'number.too_many_decimal_places',
      message(ctx, 'number.too_many_decimal_places', 'number.too_many_decimal_places', { name, max: maxPlaces }),
    );
  }
  const value = Number(compact.replace(/,/g, '').replace('−', '-'));
  if (!Number.isFinite(value) || (!q.decimal && !Number.isSafeInteger(value))) {
    return problem(ctx, 'number.not_a_number', message(ctx, 'number.not_a_number', 'number.not_a_number', { name }));
  }
  rangeCheck(ctx, value, q.min, q.max, name, (n) => n);
  return value + 0;
}

function rangeCheck(
  ctx: Ctx,
  value: number,
  min: number | undefined,
  max: number | undefined,
  name: string,
  show: (n: number) => string | number,
): void {
  const low = min !== undefined && value < min;
  const high = max !== undefined && value > max;
  if (!low && !high) return;
  if (min !== undefined && max !== undefined) {
    problem(
      ctx,
      'number.out_of_range',
      message(ctx, 'number.out_of_range', 'number.out_of_range', { name, min: show(min), max: show(max) }),
    );
  } else if (low) {
    problem(ctx, 'number.too_small', message(ctx, 'number.too_small', 'number.too_small', { name, min: show(min ?? 0) }));
  } else {
    problem(ctx, 'number.too_big', message(ctx, 'number.too_big', 'number.too_big', { name, max: show(max ?? 0) }));
  }
}

function readMoney(ctx: Ctx, q: MoneyQuestion, raw: unknown): number | undefined {
  const text = textOf(ctx, raw);
  const { enter, name } = label(ctx, 'money');
  if (text === undefined) return required(ctx, enter);
  let money: Money;
  try {
    money = Money.parse(text, { allowNegative: q.allowNegative ?? false });
  } catch (error) {
    if (!isCivicError(error)) throw error;
    const show = (pence: number) => Money.fromPence(pence).format(ctx.locale);
    switch (error.code) {
      case 'money.too_many_decimal_places':
        return problem(
          ctx,
          'number.too_many_decimal_places',
          message(ctx, 'number.too_many_decimal_places', 'number.too_many_decimal_places', { name, max: 2 }),
        );
      case 'money.negative':
        return problem(ctx, 'number.too_small', message(ctx, 'number.too_small', 'number.too_small', { name, min: show(0) }));
      case 'money.too_large':
        return problem(
          ctx,
          'number.too_big',
          message(ctx, 'number.too_big', 'number.too_big', { name, max: show(Number.MAX_SAFE_INTEGER) }),
        );
      default:
        return problem(ctx, 'money.not_a_number', message(ctx, 'money.not_a_number', 'money.not_a_number', { name }));
    }
  }
  rangeCheck(ctx, money.pence, q.minPence, q.maxPence, name, (pence) => Money.fromPence(pence).format(ctx.locale));
  return money.pence;
}

function readName(ctx: Ctx, raw: unknown): AnswerValue | undefined {
  const q = ctx.q as Extract<Question, { type: 'name' }>;
  const t = translatorFor(questionMessages, ctx.locale);
  if ((q.parts ?? 'full') === 'full') {
    const text = textOf(ctx, raw);
    if (text === undefined) return required(ctx, q.errorLabel?.[ctx.locale]?.enter ?? t('name.enter'));
    return text.trim().replace(/\s+/g, ' ');
  }
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw)))
    return wrongShape(ctx, 'an object { first, last }', raw);
  if (isBlank(raw) && q.optional) return undefined;
  const parts = (raw ?? {}) as Record<string, unknown>;
  const first = textOf(ctx, parts.first, ['first'])?.trim();
  const last = textOf(ctx, parts.last, ['last'])?.trim();
  if (first === undefined) problem(ctx, 'name.first', t('name.first'), ['first']);
  if (last === undefined) problem(ctx, 'name.last', t('name.last'), ['last']);
  if (first === undefined || last === undefined) return undefined;
  return { first: first.replace(/\s+/g, ' '), last: last.replace(/\s+/g, ' ') };
}

function readDate(ctx: Ctx, q: DateQuestion, raw: unknown): IsoDate | undefined {
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw)))
    return wrongShape(ctx, 'an object { day, month, year }', raw);
  const parts = (raw ?? {}) as Record<string, unknown>;
  const { enter, name } = label(ctx, 'date');
  const all: DatePart[] = ['day', 'month', 'year'];
  const text = Object.fromEntries(all.map((part) => [part, textOf(ctx, parts[part], [part])?.trim()])) as Record<
    DatePart,
    string | undefined
  >;
  const missing = all.filter((part) => text[part] === undefined);
  if (missing.length === 3) {
    if (q.optional) return undefined;
    return problem(ctx, 'answer.required', translatorFor(questionMessages, ctx.locale)('required', { enter }), [], all);
  }
  if (missing.length > 0) {
    const key = `date.missing_${missing.join('_')}` as QuestionMessageKey;
    return problem(
      ctx,
      'date.missing_parts',
      message(ctx, 'date.missing_parts', key, { name }),
      missing.length === 1 ? [missing[0] as DatePart] : [],
      missing,
    );
  }
  const day = /^\d{1,2}$/.test(text.day ?? '') ? Number(text.day) : Number.NaN;
  const month = readMonth((text.month ?? '').toLowerCase());
  const yearText = text.year ?? '';
  const bad: DatePart[] = [];
  if (!(day >= 1 && day <= 31)) bad.push('day');
  if (!(month >= 1 && month <= 12)) bad.push('month');
  if (!/^\d+$/.test(yearText)) bad.push('year');
  if (bad.length === 0 && yearText.length !== 4) {
    return problem(ctx, 'date.year_digits', message(ctx, 'date.year_digits', 'date.year_digits'), ['year'], ['year']);
  }
  const year = Number(yearText);
  if (bad.length === 0 && (year < 1 || day > daysInMonth(year, month))) bad.push(year < 1 ? 'year' : 'day');
  if (bad.length > 0) {
    return problem(
      ctx,
      'date.not_real',
      message(ctx, 'date.not_real', 'date.not_real', { name }),
      bad.length === 1 ? [bad[0] as DatePart] : [],
      bad,
    );
  }
  const value = formatIso(year, month, day);
  const rule = (code: string, key: QuestionMessageKey, params: Params = {}) =>
    problem(ctx, code, message(ctx, code, key, { name, ...params }), [], all);
  const mustBe = q.mustBe;
  if (mustBe === 'past' && !(value < ctx.today)) return rule('date.past', 'date.past');
  if (mustBe === 'todayOrPast' && value > ctx.today) return rule('date.today_or_past', 'date.today_or_past');
  if (mustBe === 'future' && !(value > ctx.today)) return rule('date.future', 'date.future');
  if (mustBe === 'todayOrFuture' && value < ctx.today) return rule('date.today_or_future', 'date.today_or_future');
  if (q.onOrBefore !== undefined) {
    const limit = relativeTo(q.onOrBefore, ctx.today);
    if (value > limit) return rule('date.on_or_before', 'date.on_or_before', { date: formatDate(limit, ctx.locale) });
  }
  if (q.onOrAfter !== undefined) {
    const limit = relativeTo(q.onOrAfter, ctx.today);
    if (value < limit) return rule('date.on_or_after', 'date.on_or_after', { date: formatDate(limit, ctx.locale) });
  }
  return value;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// GOV.UK asks services to accept month names and their first three letters as well as numbers.
function readMonth(text: string): number {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const index = MONTHS.findIndex((name) => name === text || (text.length === 3 && name.startsWith(text)));
  return index === -1 ? Number.NaN : index + 1;
}

/** `2009-03-03` as people read it: `3 March 2009`, `3 Mawrth 2009`. */
export function formatDate(date: string, locale: Locale = 'en'): string {
  if (!isIsoDate(date))
    throw new ValidationError('registration.invalid_date', 'formatDate needs a date written YYYY-MM-DD', { path: ['date'] });
  if (locale !== 'en' && locale !== 'cy')
    throw new ValidationError('registration.invalid_locale', 'locale must be "en" or "cy"', { path: ['locale'] });
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${monthName(locale, month)} ${year}`;
}

function readAddress(ctx: Ctx, raw: unknown): AddressAnswer | undefined {
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    return wrongShape(ctx, 'an object { line1, line2, town, county, postcode }', raw);
  }
  if (isBlank(raw) && ctx.q.optional) return undefined;
  const parts = (raw ?? {}) as Record<string, unknown>;
  const t = translatorFor(questionMessages, ctx.locale);
  const clean = (key: string) => textOf(ctx, parts[key], [key])?.trim().replace(/\s+/g, ' ');
  const line1 = clean('line1');
  const line2 = clean('line2');
  const town = clean('town');
  const county = clean('county');
  if (line1 === undefined) problem(ctx, 'address.line1', t('address.line1'), ['line1']);
  if (town === undefined) problem(ctx, 'address.town', t('address.town'), ['town']);
  const postcode = fromValidator(ctx, validateUkPostcode(textOf(ctx, parts.postcode, ['postcode']) ?? '', { locale: ctx.locale }), [
    'postcode',
  ]);
  if (line1 === undefined || town === undefined || postcode === undefined) return undefined;
  return { line1, ...(line2 ? { line2 } : {}), town, ...(county ? { county } : {}), postcode };
}

function readChoice(ctx: Ctx, q: ChoiceQuestion, raw: unknown): AnswerValue | undefined {
  const t = translatorFor(questionMessages, ctx.locale);
  const values = q.options.map((option) => option.value);
  if (q.type !== 'checkboxes') {
    const text = textOf(ctx, raw);
    if (text === undefined) return required(ctx, q.errorLabel?.[ctx.locale]?.enter ?? t('choice.enter'), true);
    return values.includes(text) ? text : problem(ctx, 'choice.not_an_option', t('choice.not_an_option'));
  }
  const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  const chosen = list.map((item, index) => textOf(ctx, item, [index])).filter((item): item is string => item !== undefined);
  if (chosen.length === 0) {
    if (q.optional) return undefined;
    return problem(
      ctx,
      'checkboxes.required',
      q.errorLabel ? t('select.required', { enter: q.errorLabel[ctx.locale]?.enter ?? t('choice.enter') }) : t('checkboxes.required'),
    );
  }
  if (!chosen.every((item) => values.includes(item))) return problem(ctx, 'choice.not_an_option', t('choice.not_an_option'));
  const exclusive = q.options.find((option) => option.exclusive && chosen.includes(option.value));
  if (exclusive && chosen.length > 1) {
    return problem(ctx, 'checkboxes.exclusive', t('checkboxes.exclusive', { exclusive: localText(exclusive.label, ctx.locale) }));
  }
  // In the order the options are listed, once each, so equal choices store equal answers.
  return values.filter((item) => chosen.includes(item));
}

/**
 * How many items an add-another question takes when its definition sets no `maxItems`: GOV.UK Forms stops a
 * repeated question at 50 answers too. Without a limit one post could make the service check and show any number.
 */
export const DEFAULT_MAX_ITEMS = 50;

/** The most items an add-another question takes: its `maxItems`, or {@link DEFAULT_MAX_ITEMS}. */
export function itemLimit(question: AddAnotherQuestion): number {
  const { maxItems } = parseInput(ItemLimitSchema, question, {
    path: ['question'],
    codePrefix: 'registration.question',
    what: 'add-another question',
  });
  return maxItems ?? DEFAULT_MAX_ITEMS;
}

// Only what the limit needs: the rest of the question is checked where it is used.
const ItemLimitSchema = z.object({ type: z.literal('addAnother'), maxItems: z.optional(z.int().check(z.minimum(1))) });

function readAddAnother(ctx: Ctx, raw: unknown): AnswerValue | undefined {
  const q = ctx.q as Extract<Question, { type: 'addAnother' }>;
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) return wrongShape(ctx, 'an array of items', raw);
  const items = (raw ?? []) as unknown[];
  const t = translatorFor(questionMessages, ctx.locale);
  const min = q.minItems ?? (q.optional ? 0 : 1);
  if (items.length < min) return problem(ctx, 'addAnother.too_few', t('addAnother.too_few', { count: min }));
  const max = itemLimit(q);
  if (items.length > max) return problem(ctx, 'addAnother.too_many', t('addAnother.too_many', { count: max }));
  const out: Record<string, AnswerValue>[] = [];
  items.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return wrongShape(ctx, 'an object of answers', item, [index]);
    const values: Record<string, AnswerValue> = {};
    for (const inner of q.questions) {
      const result = check(inner, (item as Record<string, unknown>)[inner.id], ctx.locale, ctx.today, [...ctx.inputPath, index, inner.id]);
      if (result.ok) values[inner.id] = result.value;
      else for (const error of result.errors) ctx.errors.push({ ...error, path: [index, inner.id, ...error.path] });
    }
    out.push(values);
  });
  return ctx.errors.length > 0 ? undefined : out;
}
