/**
 * Fee schedules as JSON, and baskets priced from them. A council writes what
 * each thing costs, in pence, the concessions ("blue badge: free for war
 * pensioners") and the fees that depend on answers ("£45 a bin"); the basket
 * is the items one person pays for together, taken as one GOV.UK Pay payment
 * (it takes one amount) with the breakdown shown to them and kept with the payment.
 */
import { ValidationError } from '@civicbricks/core/errors';
import type { Locale } from '@civicbricks/core/i18n';
import { Money } from '@civicbricks/core/money';
import { parseInput } from '@civicbricks/core/validation';
import * as z from 'zod/mini';
import { MAX_AMOUNT } from './schema.js';

/** A condition on the answers: equality, one of several values, a number at least or at most, and all / any / not. */
export type FeeCondition =
  | { readonly question: string; readonly equals: string | number | boolean }
  | { readonly question: string; readonly in: readonly (string | number)[] }
  | { readonly question: string; readonly atLeast: number }
  | { readonly question: string; readonly atMost: number }
  | { readonly all: readonly FeeCondition[] }
  | { readonly any: readonly FeeCondition[] }
  | { readonly not: FeeCondition };

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'An id is lower-case letters, digits and hyphens, like blue-badge'));
const question = z.string().check(z.minLength(1), z.maxLength(100));
const text = z.strictObject({
  en: z.string().check(z.minLength(1), z.maxLength(255)),
  cy: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
});
const pence = z.int('An amount is a whole number of pence').check(z.minimum(0, 'An amount cannot be negative'), z.maximum(MAX_AMOUNT));

const conditionSchema: z.ZodMiniType<FeeCondition> = z.union([
  z.strictObject({ question, equals: z.union([z.string(), z.number(), z.boolean()]) }),
  z.strictObject({ question, in: z.array(z.union([z.string(), z.number()])).check(z.minLength(1)) }),
  z.strictObject({ question, atLeast: z.number() }),
  z.strictObject({ question, atMost: z.number() }),
  z.strictObject({
    get all() {
      return z.array(conditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(conditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not() {
      return conditionSchema;
    },
  }),
]);

const concessionSchema = z.strictObject({
  id,
  description: text,
  /** The price of one item with this concession (0 for free). */
  amount: pence,
  when: conditionSchema,
});

const itemSchema = z.strictObject({
  id,
  description: text,
  /** The price of one item, in pence. */
  amount: pence,
  /** Included only when this holds; always included if absent. */
  when: z.optional(conditionSchema),
  /** How many, from a numeric answer (for example the number of bins); 1 if absent. */
  quantity: z.optional(z.strictObject({ question, max: z.int().check(z.minimum(1), z.maximum(1000)) })),
  /** The first concession whose condition holds sets the price. */
  concessions: z.optional(z.array(concessionSchema)),
});

export const feeScheduleSchema = z.strictObject({
  id,
  version: z.int().check(z.minimum(1)),
  title: z.optional(text),
  items: z.array(itemSchema).check(z.minLength(1)),
});

export type FeeSchedule = z.output<typeof feeScheduleSchema>;
export type FeeItem = z.output<typeof itemSchema>;

/** Answers the fees depend on: question id to value. Not kept with the payment. */
export type FeeAnswers = Readonly<Record<string, string | number | boolean | readonly string[] | null | undefined>>;

/** One line of a basket, as shown to the paying user and kept with the payment. No answers, no personal data. */
export interface BasketLine {
  readonly itemId: string;
  readonly description: string;
  readonly quantity: number;
  /** The full price of one, in pence. */
  readonly unitAmount: number;
  /** What this line costs, in pence, after any concession. */
  readonly amount: number;
  readonly concession: { readonly id: string; readonly description: string; readonly saving: number } | null;
}

export interface Basket {
  readonly scheduleId: string;
  readonly scheduleVersion: number;
  readonly locale: Locale;
  readonly lines: readonly BasketLine[];
  /** In pence: the one amount the payment takes. */
  readonly total: number;
  /** False when everything is free: there is nothing to pay. */
  readonly requiresPayment: boolean;
}

/** Checks a fee schedule completely: every problem at once, each with its path; duplicate ids refused. */
export function parseFeeSchedule(input: unknown): FeeSchedule {
  const schedule = parseInput(feeScheduleSchema, input, { codePrefix: 'payments.fees', what: 'fee schedule' });
  const seen = new Set<string>();
  schedule.items.forEach((item, index) => {
    if (seen.has(item.id)) {
      throw new ValidationError('payments.fees.duplicate_item', `Two items have the id "${item.id}"`, { path: ['items', index, 'id'] });
    }
    seen.add(item.id);
    item.concessions?.forEach((concession, at) => {
      if (concession.amount > item.amount) {
        throw new ValidationError('payments.fees.concession_dearer', `The concession "${concession.id}" costs more than the item itself`, {
          path: ['items', index, 'concessions', at, 'amount'],
        });
      }
    });
  });
  return schedule;
}

function holds(condition: FeeCondition, answers: FeeAnswers): boolean {
  if ('all' in condition) return condition.all.every((each) => holds(each, answers));
  if ('any' in condition) return condition.any.some((each) => holds(each, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const value = answers[condition.question];
  if ('equals' in condition) return Array.isArray(value) ? value.includes(String(condition.equals)) : value === condition.equals;
  if ('in' in condition) {
    return Array.isArray(value)
      ? value.some((each) => condition.in.includes(each))
      : (typeof value === 'string' || typeof value === 'number') && condition.in.includes(value);
  }
  if (typeof value !== 'number') return false;
  return 'atLeast' in condition ? value >= condition.atLeast : value <= condition.atMost;
}

/**
 * Prices a basket from a schedule and the answers: which items apply, how many,
 * and which concession. @throws {ValidationError} when a quantity answer is not a
 * whole number in range, or the total is more than one payment can take.
 */
export function priceBasket(schedule: FeeSchedule, answers: FeeAnswers, locale: Locale = 'en'): Basket {
  const checked = parseFeeSchedule(schedule);
  const lines: BasketLine[] = [];
  for (const item of checked.items) {
    if (item.when && !holds(item.when, answers)) continue;
    let quantity = 1;
    if (item.quantity) {
      const answer = answers[item.quantity.question];
      if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer > item.quantity.max) {
        throw new ValidationError(
          'payments.fees.invalid_quantity',
          `The answer to "${item.quantity.question}" must be a whole number from 0 to ${item.quantity.max}`,
          { path: ['answers', item.quantity.question] },
        );
      }
      quantity = answer;
    }
    if (quantity === 0) continue;
    const concession = item.concessions?.find((candidate) => holds(candidate.when, answers));
    const unit = concession ? concession.amount : item.amount;
    lines.push({
      itemId: item.id,
      description: (locale === 'cy' ? item.description.cy : undefined) ?? item.description.en,
      quantity,
      unitAmount: item.amount,
      amount: unit * quantity,
      concession: concession
        ? {
            id: concession.id,
            description: (locale === 'cy' ? concession.description.cy : undefined) ?? concession.description.en,
            saving: (item.amount - concession.amount) * quantity,
          }
        : null,
    });
  }
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  if (total > MAX_AMOUNT) {
    throw new ValidationError(
      'payments.fees.total_too_large',
      `The basket comes to ${Money.fromPence(total).format(locale)}: one payment can be at most £100,000`,
      {
        path: ['answers'],
      },
    );
  }
  return Object.freeze({
    scheduleId: checked.id,
    scheduleVersion: checked.version,
    locale,
    lines: Object.freeze(lines.map((line) => Object.freeze(line))),
    total,
    requiresPayment: total > 0,
  });
}

/** The breakdown as lines of text for a summary or a receipt: "Garden waste bin × 2: £90". */
export function describeBasket(basket: Basket): readonly string[] {
  const money = (pence: number) => Money.fromPence(pence).format(basket.locale);
  return [
    ...basket.lines.map((line) => {
      const what = line.quantity > 1 ? `${line.description} × ${line.quantity}` : line.description;
      return line.concession ? `${what}: ${money(line.amount)} (${line.concession.description})` : `${what}: ${money(line.amount)}`;
    }),
    `${basket.locale === 'cy' ? 'Cyfanswm' : 'Total'}: ${money(basket.total)}`,
  ];
}
