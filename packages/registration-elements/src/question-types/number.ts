import type { Question } from '@civicbricks/registration';
import { defineControls, textInput } from './base.js';

/** A short input with the keyboard for whole numbers, or for decimals when the question takes them. */
export const number = defineControls<Extract<Question, { readonly type: 'number' }>>({
  field: (question, context) => textInput(context, { inputmode: question.decimal ? 'decimal' : 'numeric', spellcheck: false, width: '10' }),
});
