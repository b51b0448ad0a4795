import * as z from 'zod/mini';
import { questionMessages } from '../messages.js';
import { translatorFor } from '../validators/shared.js';
import { baseShape, defineQuestionType, localText, problem, textOf, type QuestionBase } from './base.js';
import { optionLabel, optionsSchema, type Option } from './options.js';

/** Any number of options from a list; one may be `exclusive` ("None of these"). */
export type CheckboxesQuestion = QuestionBase & { readonly type: 'checkboxes'; readonly options: readonly Option[] };

export const checkboxes = defineQuestionType<CheckboxesQuestion, readonly string[]>({
  type: 'checkboxes',
  comparedBy: ['contains'],
  schema: z.strictObject({ ...baseShape, type: z.literal('checkboxes'), options: optionsSchema }),
  read(ctx, q, raw) {
    const t = translatorFor(questionMessages, ctx.locale);
    const values = q.options.map((option) => option.value);
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
  },
  display: (question, value, locale) => value.map((item) => optionLabel(question, item, locale)).join('\n'),
});
