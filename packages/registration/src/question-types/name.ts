import * as z from 'zod/mini';
import { questionMessages } from '../messages.js';
import { translatorFor } from '../validators/shared.js';
import { baseShape, EQUALITY, defineQuestionType, isBlank, partsOf, problem, required, textOf, type QuestionBase } from './base.js';

/** A person's name: whole, in one box (the default), or first and last in two. */
export type NameQuestion = QuestionBase & { readonly type: 'name'; readonly parts?: 'full' | 'firstAndLast' };

/** A name in two parts as stored. */
export interface NameParts {
  readonly first: string;
  readonly last: string;
}

const oneSpace = (text: string) => text.trim().replace(/\s+/g, ' ');

export const name = defineQuestionType<NameQuestion, string | NameParts>({
  type: 'name',
  comparedBy: EQUALITY,
  schema: z.strictObject({ ...baseShape, type: z.literal('name'), parts: z.optional(z.enum(['full', 'firstAndLast'])) }),
  prefillFrom: ['name'],
  read(ctx, q, raw) {
    const t = translatorFor(questionMessages, ctx.locale);
    if ((q.parts ?? 'full') === 'full') {
      const text = textOf(ctx, raw);
      if (text === undefined) return required(ctx, q.errorLabel?.[ctx.locale]?.enter ?? t('name.enter'));
      return oneSpace(text);
    }
    const parts = partsOf(ctx, raw, 'an object { first, last }');
    if (isBlank(raw) && q.optional) return undefined;
    const first = textOf(ctx, parts.first, ['first'])?.trim();
    const last = textOf(ctx, parts.last, ['last'])?.trim();
    if (first === undefined) problem(ctx, 'name.first', t('name.first'), ['first']);
    if (last === undefined) problem(ctx, 'name.last', t('name.last'), ['last']);
    if (first === undefined || last === undefined) return undefined;
    return { first: oneSpace(first), last: oneSpace(last) };
  },
  display: (_question, value) => (typeof value === 'string' ? value : `${value.first} ${value.last}`),
});
