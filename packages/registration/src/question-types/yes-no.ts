import * as z from 'zod/mini';
import { questionMessages } from '../messages.js';
import { translatorFor } from '../validators/shared.js';
import { baseShape, EQUALITY, defineQuestionType, isBlank, problem, required, wrongShape, type QuestionBase } from './base.js';

/** Yes or no, stored as `true` or `false`. */
export type YesNoQuestion = QuestionBase & { readonly type: 'yesNo' };

export const yesNo = defineQuestionType<YesNoQuestion, boolean>({
  type: 'yesNo',
  comparedBy: EQUALITY,
  schema: z.strictObject({ ...baseShape, type: z.literal('yesNo') }),
  read(ctx, q, raw) {
    const t = translatorFor(questionMessages, ctx.locale);
    if (isBlank(raw)) return required(ctx, q.errorLabel?.[ctx.locale]?.enter ?? t('yesNo.enter'), true);
    if (raw === true || raw === 'yes') return true;
    if (raw === false || raw === 'no') return false;
    if (typeof raw !== 'string' && typeof raw !== 'boolean') return wrongShape(ctx, '"yes", "no" or a boolean', raw);
    return problem(ctx, 'choice.not_an_option', t('choice.not_an_option'));
  },
  display: (_question, value, locale) => translatorFor(questionMessages, locale)(value ? 'yesNo.yes' : 'yesNo.no'),
});
