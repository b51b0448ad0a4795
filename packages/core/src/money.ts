/**
 * Money in whole pence, pounds sterling only.
 *
 * Amounts are held as integer pence and every calculation that could leave the
 * integers (multiplying by a decimal, dividing, splitting) is done exactly with
 * BigInt and rounded once, in a mode the caller can see. Floats never touch an
 * amount: `0.1 + 0.2` style drift in a fee or a refund is a bug that is hard to
 * find after the money has moved.
 *
 * Anything that would leave the range JavaScript numbers hold exactly
 * (±`Number.MAX_SAFE_INTEGER` pence, about ±£90 trillion) throws
 * `money.overflow` or `money.too_large` instead of silently losing pennies.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ValidationError, type ErrorPath } from './errors.js';
import { parseInput } from './validation.js';

const MAX_PENCE = Number.MAX_SAFE_INTEGER;
const MAX_PENCE_BIG = BigInt(MAX_PENCE);
// Pounds above this many digits cannot fit, so parse refuses them before building
// a BigInt: a megabyte of digits pasted into a form must not cost quadratic time.
const MAX_POUND_DIGITS = String(Math.floor(MAX_PENCE / 100)).length;

/**
 * How a result that falls between two whole pence is rounded.
 *
 * - `half-even` (the default, "bankers' rounding"): to the nearest penny, ties to the even penny.
 *   Ties go up and down equally often, so totals over many rounded amounts do not drift.
 * - `half-up`: to the nearest penny, ties away from zero (what most people do on paper).
 * - `half-down`: to the nearest penny, ties towards zero.
 * - `up`: away from zero (2.1p becomes 3p, -2.1p becomes -3p).
 * - `down`: towards zero, truncating (2.9p becomes 2p, -2.9p becomes -2p).
 * - `ceiling`: towards positive infinity (-2.9p becomes -2p).
 * - `floor`: towards negative infinity (-2.1p becomes -3p).
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** Every {@link RoundingMode}, for building choices and for validation. */
export const ROUNDING_MODES = Object.freeze(['half-even', 'half-up', 'half-down', 'up', 'down', 'ceiling', 'floor'] as const);

/** A number that {@link Money.multiply} and friends read as an exact decimal. */
export type DecimalInput = number | bigint | string;

/** Options for calculations whose exact result may fall between two pence. */
export interface RoundingOptions {
  /** Defaults to `half-even`. */
  readonly rounding?: RoundingMode;
}

/** Options for {@link Money.parse}. */
export interface ParseMoneyOptions {
  /**
   * Accept amounts below zero, written `-£5`, `£-5` or with the minus sign `−£5`.
   * Defaults to false because almost every amount a member of the public types
   * (a fee, an income, a claim) cannot be negative, and a stray minus is a typo.
   */
  readonly allowNegative?: boolean;
  /** The form field the text came from, so an error can be shown beside it. */
  readonly path?: ErrorPath;
}

/** Options for {@link Money.format}. */
export interface FormatMoneyOptions {
  /**
   * `auto` (the default) follows the GOV.UK style guide: whole pounds without
   * pence ("£75"), otherwise two decimal places ("£75.50"). `always` shows pence
   * every time ("£75.00"), for tables where figures must line up.
   */
  readonly pence?: 'auto' | 'always';
}

/** The codes {@link Money.parse} can give for text a person typed; translate these. */
export type MoneyParseErrorCode =
  | 'money.empty'
  | 'money.not_a_number'
  | 'money.misplaced_thousands_separator'
  | 'money.too_many_decimal_places'
  | 'money.negative'
  | 'money.too_large';

// Lets a Money made by another copy of this package (two versions in one bundle)
// be recognised, where `instanceof` would say no.
const MONEY_BRAND: unique symbol = Symbol.for('@civicbricks/core/Money');

const RoundingOptionsSchema = z.optional(
  z.strictObject({
    rounding: z.optional(z.enum(ROUNDING_MODES)),
  }),
);

const ParseOptionsSchema = z.optional(
  z.strictObject({
    allowNegative: z.optional(z.boolean()),
    path: z.optional(z.array(z.union([z.string(), z.number()]))),
  }),
);

const FormatOptionsSchema = z.optional(
  z.strictObject({
    pence: z.optional(z.enum(['auto', 'always'])),
  }),
);

/**
 * An immutable amount of money in pounds sterling, held as a whole number of pence.
 *
 * Make one with {@link Money.fromPence}, {@link Money.parse} or {@link Money.zero};
 * every operation returns a new `Money`. `JSON.stringify` gives the integer pence,
 * which {@link Money.fromPence} reads back.
 *
 * A `Money` refuses to turn into a number, so `a < b` or `a + b` throws instead of
 * comparing or joining text: use {@link Money.lessThan} and {@link Money.add}.
 * In a template string it shows as English text, like `£12.50`.
 *
 * @example
 * const fee = Money.parse('£1,234.50');          // 123450 pence
 * const vat = fee.percentage(20);                // £246.90
 * const [first, second] = fee.allocate([1, 1]);  // £617.25 each
 * fee.format('cy');                              // "£1,234.50"
 */
export class Money {
  /** The amount in pence: a safe integer, never `-0`. */
  readonly pence: number;

  private constructor(pence: number) {
    // `+ 0` turns -0 into 0, so a negated zero still equals zero everywhere (Object.is, JSON, maps).
    this.pence = pence + 0;
    Object.freeze(this);
  }

  /** Always true: marks a Money, even one from another copy of this package. */
  get [MONEY_BRAND](): true {
    return true;
  }

  /**
   * Money from a whole number of pence.
   *
   * @param pence a safe integer (`number`) or a `bigint` within the same range.
   * @throws {ValidationError} `money.invalid_type`, `money.not_finite`, `money.not_integer`
   *   or `money.too_large` (beyond ±`Number.MAX_SAFE_INTEGER`), with path `['pence']`.
   */
  static fromPence(pence: number | bigint): Money {
    return new Money(readPence(pence, ['pence'], 'pence'));
  }

  /** £0. */
  static zero(): Money {
    return new Money(0);
  }

  /**
   * Reads an amount a person typed, in pounds and (optionally) pence.
   *
   * Accepted: `£1,234.50`, `1234.5`, `1234`, ` £ 12.05 `, `.50` (50p), `12.` (£12),
   * and, with `allowNegative`, `-£5.00`, `£-5` and `−£5` (Unicode minus). Spaces
   * around the amount, the `£` and the sign are ignored. Commas must separate
   * groups of exactly three digits. The same text as {@link Money.format} makes in
   * English or Welsh always reads back to the same amount.
   *
   * Refused on purpose: more than 2 decimal places even if they are zeros
   * (`12.500` may be a European twelve thousand five hundred), commas as decimal
   * points (`12,50`), spaces inside the number, a `p` suffix, exponents and `+`.
   * "-0" reads as £0 and is accepted even without `allowNegative`.
   *
   * @throws {ValidationError} with a {@link MoneyParseErrorCode}, a message the
   *   person can act on, and `options.path` as its path. Non-text input throws
   *   `money.invalid_type`.
   */
  static parse(input: string, options?: ParseMoneyOptions): Money {
    const parsed = options === undefined ? undefined : parseInput(ParseOptionsSchema, options, { path: ['options'], codePrefix: 'money' });
    const path: ErrorPath = parsed?.path ?? [];
    const allowNegative = parsed?.allowNegative ?? false;
    if (typeof input !== 'string') {
      fail('money.invalid_type', `The amount must be text, not ${describe(input)}`, path);
    }
    const text = input.trim();
    if (text === '') fail('money.empty', 'Enter an amount, like £12.50', path);

    const shape = /^([-\u2212]?)\s*(£?)\s*([-\u2212]?)\s*([\d.,]+)$/u.exec(text);
    const signBeforeSymbol = shape?.[1] ?? '';
    const signAfterSymbol = shape?.[3] ?? '';
    const number = shape?.[4] ?? '';
    if (!shape || (signBeforeSymbol !== '' && signAfterSymbol !== '')) {
      fail('money.not_a_number', 'Enter an amount in pounds and pence, like £12.50', path);
    }

    const [whole = '', fraction, ...extra] = number.split('.');
    if (extra.length > 0 || (whole === '' && (fraction === undefined || fraction === ''))) {
      fail('money.not_a_number', 'Enter an amount in pounds and pence, like £12.50', path);
    }
    if ((fraction ?? '').includes(',') || (whole.includes(',') && !/^\d{1,3}(?:,\d{3})+$/u.test(whole))) {
      fail('money.misplaced_thousands_separator', 'Enter the amount using commas only to separate thousands, like £1,234.50', path);
    }
    const pencePart = fraction ?? '';
    if (pencePart.length > 2) {
      fail('money.too_many_decimal_places', 'The amount must not have more than 2 decimal places', path);
    }

    const negative = signBeforeSymbol !== '' || signAfterSymbol !== '';
    const pounds = whole.replaceAll(',', '').replace(/^0+/u, '');
    const tooLarge = (): never =>
      fail(
        'money.too_large',
        allowNegative
          ? `The amount must be between ${limitText(true)} and ${limitText(false)}`
          : `The amount must be ${limitText(false)} or less`,
        path,
      );
    if (pounds.length > MAX_POUND_DIGITS) tooLarge();
    const magnitude = BigInt(pounds === '' ? '0' : pounds) * 100n + BigInt(pencePart.padEnd(2, '0'));
    if (magnitude > MAX_PENCE_BIG) tooLarge();
    if (negative && magnitude !== 0n && !allowNegative) {
      fail('money.negative', 'The amount must be £0 or more', path);
    }
    const value = Number(magnitude);
    return new Money(negative ? -value : value);
  }

  /**
   * True for a Money, including one made by another copy of this package
   * (two versions of `@civicbricks/core` in one bundle).
   */
  static isMoney(value: unknown): value is Money {
    if (value instanceof Money) return true;
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { [MONEY_BRAND]?: unknown })[MONEY_BRAND] === true &&
      Number.isSafeInteger((value as { pence?: unknown }).pence)
    );
  }

  /**
   * -1, 0 or 1 as `a` is less than, equal to or more than `b`: pass it to `Array.prototype.sort`.
   *
   * @throws {ValidationError} `money.invalid_type` when either is not a Money.
   */
  static compare(a: Money, b: Money): -1 | 0 | 1 {
    return sign(asMoney(a, ['a']).pence - asMoney(b, ['b']).pence);
  }

  /**
   * The total of a list of amounts; £0 for an empty list.
   *
   * @throws {ValidationError} `money.invalid_type` naming the index of anything that is not a Money,
   *   `money.overflow` when the total does not fit.
   */
  static sum(values: readonly Money[]): Money {
    let total = 0n;
    for (const [index, value] of readList(values, 'values').entries()) {
      total += BigInt(asMoney(value, ['values', index]).pence);
    }
    return fromResult(total, 'sum');
  }

  /**
   * The smallest of a non-empty list of amounts.
   *
   * @throws {ValidationError} `money.no_values` for an empty list, `money.invalid_type` for a non-Money.
   */
  static min(values: readonly Money[]): Money {
    return pick(values, (candidate, best) => candidate.pence < best.pence);
  }

  /**
   * The largest of a non-empty list of amounts.
   *
   * @throws {ValidationError} `money.no_values` for an empty list, `money.invalid_type` for a non-Money.
   */
  static max(values: readonly Money[]): Money {
    return pick(values, (candidate, best) => candidate.pence > best.pence);
  }

  /**
   * This amount plus another.
   *
   * @throws {ValidationError} `money.invalid_type` (path `['other']`), `money.overflow`.
   */
  add(other: Money): Money {
    return fromSafeNumber(this.pence + asMoney(other, ['other']).pence, 'add');
  }

  /**
   * This amount minus another.
   *
   * @throws {ValidationError} `money.invalid_type` (path `['other']`), `money.overflow`.
   */
  subtract(other: Money): Money {
    return fromSafeNumber(this.pence - asMoney(other, ['other']).pence, 'subtract');
  }

  /** The same amount with the opposite sign. Never overflows: the range is symmetric. */
  negate(): Money {
    return new Money(-this.pence);
  }

  /** The amount without its sign. */
  abs(): Money {
    return this.pence < 0 ? this.negate() : this;
  }

  /**
   * This amount times an integer or a decimal, rounded once to a whole penny.
   *
   * A `number` factor means the decimal it prints as (`1.15` is one point one five,
   * not the binary fraction just below it), so `£1.00 × 1.15` is exactly £1.15 in
   * every rounding mode. Give a string (`"0.175"`) for factors with more digits
   * than a number holds, or a `bigint`.
   *
   * @throws {ValidationError} `money.invalid_type`, `money.not_finite` or `money.invalid_decimal`
   *   (path `['factor']`), `money.invalid_value` for an unknown rounding mode, `money.overflow`.
   */
  multiply(factor: DecimalInput, options?: RoundingOptions): Money {
    const decimal = readDecimal(factor, ['factor'], 'factor');
    const rounding = readRounding(options);
    return fromResult(divideRounded(BigInt(this.pence) * decimal.coefficient, powerOfTen(decimal.scale), rounding), 'multiply');
  }

  /**
   * This amount divided by a non-zero integer or decimal, rounded once to a whole penny.
   * To share an amount out without losing pennies, use {@link Money.allocate} instead.
   *
   * @throws {ValidationError} as {@link Money.multiply} (path `['divisor']`), and
   *   `money.division_by_zero`.
   */
  divide(divisor: DecimalInput, options?: RoundingOptions): Money {
    const decimal = readDecimal(divisor, ['divisor'], 'divisor');
    const rounding = readRounding(options);
    if (decimal.coefficient === 0n) fail('money.division_by_zero', '`divisor` must not be zero', ['divisor']);
    const numerator = BigInt(this.pence) * powerOfTen(decimal.scale);
    const result =
      decimal.coefficient < 0n
        ? divideRounded(-numerator, -decimal.coefficient, rounding)
        : divideRounded(numerator, decimal.coefficient, rounding);
    return fromResult(result, 'divide');
  }

  /**
   * `percent` per cent of this amount, rounded once: `fromPence(1000).percentage(17.5)` is 175p.
   *
   * @throws {ValidationError} as {@link Money.multiply}, with path `['percent']`.
   */
  percentage(percent: DecimalInput, options?: RoundingOptions): Money {
    const decimal = readDecimal(percent, ['percent'], 'percent');
    const rounding = readRounding(options);
    return fromResult(divideRounded(BigInt(this.pence) * decimal.coefficient, powerOfTen(decimal.scale) * 100n, rounding), 'percentage');
  }

  /**
   * Splits this amount in proportion to `ratios` without losing or making a penny.
   *
   * Each part first gets its exact share rounded towards zero; the pennies left over
   * go one each to the parts whose shares lost the most, earlier parts first when
   * they lost the same (largest remainder). So the parts always add up to this
   * amount, each is within a penny of its exact share, a zero ratio always gets £0,
   * and the same input always gives the same split. A negative amount is split as
   * its positive and every part negated. Ratios may be decimals (`[0.7, 0.3]`,
   * `["1.5", "1"]`); only their proportions matter.
   *
   * @example Money.fromPence(100).allocate([1, 1, 1]) // 34p, 33p, 33p
   * @throws {ValidationError} `money.no_ratios` for an empty list, `money.negative_ratio`,
   *   `money.ratios_all_zero`, and `money.invalid_type` / `money.not_finite` /
   *   `money.invalid_decimal` with path `['ratios', index]`.
   */
  allocate(ratios: readonly DecimalInput[]): Money[] {
    const list = readList(ratios, 'ratios');
    if (list.length === 0) fail('money.no_ratios', '`ratios` must have at least one ratio', ['ratios']);
    const decimals = list.map((ratio, index) => {
      const decimal = readDecimal(ratio, ['ratios', index], `ratios[${index}]`);
      if (decimal.coefficient < 0n) {
        fail('money.negative_ratio', `\`ratios[${index}]\` must be 0 or more`, ['ratios', index]);
      }
      return decimal;
    });
    const scale = Math.max(...decimals.map((decimal) => decimal.scale));
    const weights = decimals.map((decimal) => decimal.coefficient * powerOfTen(scale - decimal.scale));
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0n);
    if (totalWeight === 0n) fail('money.ratios_all_zero', 'At least one of `ratios` must be more than 0', ['ratios']);

    const amount = BigInt(Math.abs(this.pence));
    const shares = weights.map((weight) => (amount * weight) / totalWeight);
    const remainders = weights.map((weight) => (amount * weight) % totalWeight);
    // Fewer pennies are left over than there are non-zero remainders, so zero ratios never get one.
    let leftOver = Number(amount - shares.reduce((sum, share) => sum + share, 0n));
    const byRemainder = remainders
      .map((remainder, index) => ({ remainder, index }))
      .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
    const parts = shares.map(Number);
    for (const { index } of byRemainder) {
      if (leftOver === 0) break;
      parts[index] = (parts[index] ?? 0) + 1;
      leftOver -= 1;
    }
    return parts.map((part) => new Money(this.pence < 0 ? -part : part));
  }

  /**
   * Splits this amount into `count` parts that differ by at most a penny, larger parts first.
   *
   * @throws {ValidationError} `money.invalid_count` unless `count` is a whole number from 1 to 1,000,000.
   */
  splitEvenly(count: number): Money[] {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 1_000_000) {
      fail('money.invalid_count', '`count` must be a whole number from 1 to 1,000,000', ['count']);
    }
    return this.allocate(new Array<number>(count).fill(1));
  }

  /**
   * -1, 0 or 1 as this amount is less than, equal to or more than `other`.
   *
   * @throws {ValidationError} `money.invalid_type` (path `['other']`).
   */
  compare(other: Money): -1 | 0 | 1 {
    return sign(this.pence - asMoney(other, ['other']).pence);
  }

  /**
   * True when both are the same number of pence.
   *
   * @throws {ValidationError} `money.invalid_type` when `other` is not a Money: comparing
   *   money with a bare number is a bug worth hearing about, not a quiet `false`.
   */
  equals(other: Money): boolean {
    return this.pence === asMoney(other, ['other']).pence;
  }

  /** True when this amount is less than `other`. @throws {ValidationError} `money.invalid_type`. */
  lessThan(other: Money): boolean {
    return this.pence < asMoney(other, ['other']).pence;
  }

  /** True when this amount is less than or equal to `other`. @throws {ValidationError} `money.invalid_type`. */
  lessThanOrEqual(other: Money): boolean {
    return this.pence <= asMoney(other, ['other']).pence;
  }

  /** True when this amount is more than `other`. @throws {ValidationError} `money.invalid_type`. */
  greaterThan(other: Money): boolean {
    return this.pence > asMoney(other, ['other']).pence;
  }

  /** True when this amount is more than or equal to `other`. @throws {ValidationError} `money.invalid_type`. */
  greaterThanOrEqual(other: Money): boolean {
    return this.pence >= asMoney(other, ['other']).pence;
  }

  /** True for £0. */
  isZero(): boolean {
    return this.pence === 0;
  }

  /** True below £0. */
  isNegative(): boolean {
    return this.pence < 0;
  }

  /** True above £0. */
  isPositive(): boolean {
    return this.pence > 0;
  }

  /**
   * The amount as people read it, through `Intl.NumberFormat` with currency GBP.
   *
   * `'en'` means `en-GB` and `'cy'` means `cy-GB` (both give "£1,234.50"); any other
   * BCP 47 tag is passed to Intl as it is (`'de-DE'` gives "1.234,50 £").
   * Whole pounds show without pence ("£75") unless `pence: 'always'`. Negative
   * amounts show as Intl does for the locale: in English and Welsh that is a
   * hyphen-minus before the pound sign ("-£5"), which {@link Money.parse} reads back.
   *
   * The amount reaches Intl as exact decimal text, never as a float, so every penny
   * of the largest amounts is shown correctly.
   *
   * @throws {ValidationError} `money.invalid_locale` for a tag Intl rejects,
   *   `money.invalid_type` / `money.invalid_value` for bad arguments or options.
   */
  format(locale: 'en' | 'cy' | (string & {}) = 'en', options?: FormatMoneyOptions): string {
    if (typeof locale !== 'string') fail('money.invalid_type', `\`locale\` must be a string, not ${describe(locale)}`, ['locale']);
    const pence =
      options === undefined
        ? 'auto'
        : (parseInput(FormatOptionsSchema, options, { path: ['options'], codePrefix: 'money' })?.pence ?? 'auto');
    const magnitude = Math.abs(this.pence);
    const pounds = Math.trunc(magnitude / 100);
    const pennies = magnitude % 100;
    const wholePounds = pence === 'auto' && pennies === 0;
    const text = `${this.pence < 0 ? '-' : ''}${pounds}${wholePounds ? '' : `.${String(pennies).padStart(2, '0')}`}`;
    return formatter(locale, wholePounds).format(text as `${number}`);
  }

  /** The integer pence, so JSON carries no float and {@link Money.fromPence} reads it back. */
  toJSON(): number {
    return this.pence;
  }

  /** The amount in English, as {@link Money.format} with no arguments: "£1,234.50", "£75". */
  toString(): string {
    return this.format('en');
  }

  /**
   * Text for template strings and `String(money)`; anything wanting a number
   * (`a < b`, `a + b`, `+a`) throws `money.implicit_conversion`, because those
   * would otherwise compare or join text without a word of warning.
   */
  [Symbol.toPrimitive](hint: 'string' | 'number' | 'default'): string {
    if (hint === 'string') return this.toString();
    return fail('money.implicit_conversion', 'A Money cannot be used as a number: use add, subtract, compare, lessThan or .pence', []);
  }
}

// Worked out on first use, not at import, so importing core builds no Intl objects.
function limitText(negative: boolean): string {
  return Money.fromPence(negative ? -MAX_PENCE : MAX_PENCE).format('en');
}

function fail(code: string, message: string, path: ErrorPath): never {
  throw new ValidationError(code, message, { path });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'undefined' ? 'undefined' : /^[aeiou]/u.test(type) ? `an ${type}` : `a ${type}`;
}

function sign(difference: number): -1 | 0 | 1 {
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

function readPence(value: unknown, path: ErrorPath, name: string): number {
  if (typeof value === 'bigint') {
    if (value > MAX_PENCE_BIG || value < -MAX_PENCE_BIG) {
      fail('money.too_large', `\`${name}\` must be between -${MAX_PENCE} and ${MAX_PENCE}`, path);
    }
    return Number(value);
  }
  if (typeof value !== 'number') {
    fail('money.invalid_type', `\`${name}\` must be a number of pence, not ${describe(value)}`, path);
  }
  if (!Number.isFinite(value)) fail('money.not_finite', `\`${name}\` must be a finite number, not ${value}`, path);
  if (!Number.isInteger(value)) fail('money.not_integer', `\`${name}\` must be a whole number of pence`, path);
  if (!Number.isSafeInteger(value)) {
    fail('money.too_large', `\`${name}\` must be between -${MAX_PENCE} and ${MAX_PENCE}`, path);
  }
  return value;
}

function asMoney(value: unknown, path: ErrorPath): Money {
  if (value instanceof Money) return value;
  if (Money.isMoney(value)) return Money.fromPence(value.pence);
  return fail('money.invalid_type', `\`${formatName(path)}\` must be a Money, not ${describe(value)}`, path);
}

function formatName(path: ErrorPath): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

function readList<T>(values: readonly T[], name: string): readonly T[] {
  if (!Array.isArray(values)) fail('money.invalid_type', `\`${name}\` must be an array, not ${describe(values)}`, [name]);
  return values;
}

function pick(values: readonly Money[], better: (candidate: Money, best: Money) => boolean): Money {
  const list = readList(values, 'values');
  if (list.length === 0) fail('money.no_values', '`values` must have at least one amount', ['values']);
  let best = asMoney(list[0], ['values', 0]);
  for (let index = 1; index < list.length; index += 1) {
    const candidate = asMoney(list[index], ['values', index]);
    if (better(candidate, best)) best = candidate;
  }
  return best;
}

// Two safe integers add to within 2^54 and a float there is only inexact once the
// true result is past 2^53, where isSafeInteger is false: so this test is exact.
function fromSafeNumber(pence: number, operation: string): Money {
  if (!Number.isSafeInteger(pence)) overflow(operation);
  return Money.fromPence(pence);
}

function fromResult(pence: bigint, operation: string): Money {
  if (pence > MAX_PENCE_BIG || pence < -MAX_PENCE_BIG) overflow(operation);
  return Money.fromPence(Number(pence));
}

function overflow(operation: string): never {
  return fail(
    'money.overflow',
    `The result of ${operation} is outside the range Money holds exactly (${limitText(true)} to ${limitText(false)})`,
    [],
  );
}

function readRounding(options: RoundingOptions | undefined): RoundingMode {
  if (options === undefined) return 'half-even';
  return parseInput(RoundingOptionsSchema, options, { path: ['options'], codePrefix: 'money' })?.rounding ?? 'half-even';
}

/** coefficient × 10^-scale, with scale ≥ 0. */
interface Decimal {
  readonly coefficient: bigint;
  readonly scale: number;
}

// Bounds keep BigInt work small whatever a caller passes; every JS number's
// decimal form (at most 17 significant digits, exponent within ±324) fits easily.
const MAX_DECIMAL_LENGTH = 100;
const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,3}))?$/u;

function readDecimal(value: unknown, path: ErrorPath, name: string): Decimal {
  if (typeof value === 'bigint') return { coefficient: value, scale: 0 };
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('money.not_finite', `\`${name}\` must be a finite number, not ${value}`, path);
    // The shortest text that reads back as this number: what the caller wrote in their source.
    text = String(value);
  } else if (typeof value === 'string') {
    text = value;
  } else {
    return fail('money.invalid_type', `\`${name}\` must be a number, a bigint or a decimal string, not ${describe(value)}`, path);
  }
  const match = text.length <= MAX_DECIMAL_LENGTH ? DECIMAL_PATTERN.exec(text) : null;
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || (whole === '' && fraction === '')) {
    fail('money.invalid_decimal', `\`${name}\` must be a decimal number like "1.5" or "0.175"`, path);
  }
  const exponent = Number(match[4] ?? '0');
  let coefficient = BigInt(whole + fraction);
  if (match[1] === '-') coefficient = -coefficient;
  const scale = fraction.length - exponent;
  if (scale < 0) return { coefficient: coefficient * powerOfTen(-scale), scale: 0 };
  return { coefficient, scale };
}

function powerOfTen(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/** numerator / denominator rounded to an integer; the denominator must be positive. */
function divideRounded(numerator: bigint, denominator: bigint, rounding: RoundingMode): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const awayFromZero = numerator < 0n ? quotient - 1n : quotient + 1n;
  const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n;
  switch (rounding) {
    case 'down':
      return quotient;
    case 'up':
      return awayFromZero;
    case 'ceiling':
      return numerator > 0n ? awayFromZero : quotient;
    case 'floor':
      return numerator < 0n ? awayFromZero : quotient;
    case 'half-up':
      return twiceRemainder >= denominator ? awayFromZero : quotient;
    case 'half-down':
      return twiceRemainder > denominator ? awayFromZero : quotient;
    case 'half-even':
      return twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n !== 0n) ? awayFromZero : quotient;
  }
}

const LOCALE_ALIASES: Readonly<Record<string, string>> = { en: 'en-GB', cy: 'cy-GB' };
const formatters = new Map<string, Intl.NumberFormat>();
// Building an Intl.NumberFormat is slow next to using one; the cap stops arbitrary
// caller-supplied tags from growing the cache without end.
const MAX_CACHED_FORMATTERS = 64;

function formatter(locale: string, wholePounds: boolean): Intl.NumberFormat {
  const tag = LOCALE_ALIASES[locale] ?? locale;
  const key = `${wholePounds ? '0' : '2'}|${tag}`;
  const cached = formatters.get(key);
  if (cached) return cached;
  let created: Intl.NumberFormat;
  try {
    created = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'GBP',
      minimumFractionDigits: wholePounds ? 0 : 2,
      maximumFractionDigits: wholePounds ? 0 : 2,
    });
  } catch (error) {
    throw new ValidationError('money.invalid_locale', `\`locale\` must be a language tag like "en" or "cy-GB"`, {
      path: ['locale'],
      cause: error,
    });
  }
  if (formatters.size >= MAX_CACHED_FORMATTERS) formatters.clear();
  formatters.set(key, created);
  return created;
}
