import * as z from 'zod/mini';
import { questionMessages } from '../messages.js';
import { translatorFor } from '../validators/shared.js';
import { validateUkPostcode } from '../validators/validators.js';
import { baseShape, defineQuestionType, fromValidator, isBlank, partsOf, problem, textOf, type QuestionBase } from './base.js';

/** A UK address: two lines, town, county and postcode. */
export type AddressQuestion = QuestionBase & { readonly type: 'address' };

/** An address as stored. */
export interface AddressAnswer {
  readonly line1: string;
  readonly line2?: string;
  readonly town: string;
  readonly county?: string;
  readonly postcode: string;
}

export const address = defineQuestionType<AddressQuestion, AddressAnswer>({
  type: 'address',
  schema: z.strictObject({ ...baseShape, type: z.literal('address') }),
  prefillFrom: ['address'],
  read(ctx, q, raw) {
    const parts = partsOf(ctx, raw, 'an object { line1, line2, town, county, postcode }');
    if (isBlank(raw) && q.optional) return undefined;
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
  },
  display: (_question, value) => [value.line1, value.line2, value.town, value.county, value.postcode].filter(Boolean).join('\n'),
});
