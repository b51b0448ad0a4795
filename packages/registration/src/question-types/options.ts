/** What the question types that offer a list of options share (radios, select, checkboxes). */
import * as z from 'zod/mini';
import { questionMessages } from '../messages.js';
import { translatorFor } from '../validators/shared.js';
import { LocalTextSchema, localText, problem, required, textOf, type LocalText, type QuestionBase, type ReadContext } from './base.js';

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
export const optionsSchema = z.array(OptionSchema).check(z.minLength(1), z.maxLength(500));

export type OptionsQuestion = QuestionBase & { readonly options: readonly Option[] };

/** One option's value, checked against the list. */
export function readOneOption(ctx: ReadContext, q: OptionsQuestion, raw: unknown): string | undefined {
  const t = translatorFor(questionMessages, ctx.locale);
  const text = textOf(ctx, raw);
  if (text === undefined) return required(ctx, q.errorLabel?.[ctx.locale]?.enter ?? t('choice.enter'), true);
  return q.options.some((option) => option.value === text) ? text : problem(ctx, 'choice.not_an_option', t('choice.not_an_option'));
}

/** An option's label in the locale; a value no longer offered is shown as it was stored. */
export function optionLabel(q: OptionsQuestion, value: string, locale: 'en' | 'cy'): string {
  const found = q.options.find((candidate) => candidate.value === value);
  return found ? localText(found.label, locale) : value;
}
