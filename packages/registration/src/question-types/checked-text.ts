/**
 * What the question types checked by one of the package's validators share (email, phone, postcode, National
 * Insurance and NHS numbers): the text read from the field, then the validator's verdict in its own words.
 */
import { fromValidator, textOf, type QuestionBase, type ReadContext } from './base.js';
import type { ValidatorOptions, ValidatorResult } from '../validators/shared.js';

type Validator = (input: string, options?: ValidatorOptions) => ValidatorResult;

export function readChecked(validate: Validator): (ctx: ReadContext, question: QuestionBase, raw: unknown) => string | undefined {
  return (ctx, question, raw) => {
    const text = textOf(ctx, raw);
    if (text === undefined && question.optional) return undefined;
    const given = question.errorLabel?.[ctx.locale];
    return fromValidator(ctx, validate(text ?? '', { locale: ctx.locale, ...(given ? { label: given } : {}) }));
  };
}
