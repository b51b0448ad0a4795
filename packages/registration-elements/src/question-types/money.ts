import { Money } from '@civicbricks/core/money';
import type { Question } from '@civicbricks/registration';
import { defineControls, textInput } from './base.js';

/** An amount after a £ prefix, shown again as typed: pounds and pence, without the sign or commas. */
export const money = defineControls<Extract<Question, { readonly type: 'money' }>>({
  input: (_question, value) =>
    Money.fromPence(value as number)
      .format('en')
      .replace(/^(-?)£/, '$1')
      .replace(/,/g, ''),
  field: (_question, context) => textInput(context, { prefix: '£', inputmode: 'decimal', spellcheck: false, width: '10' }),
});
