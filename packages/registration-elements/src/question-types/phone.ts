import type { Question } from '@civicbricks/registration';
import { defineControls, textInput } from './base.js';

/** A phone input that offers the person's own number. */
export const phone = defineControls<Extract<Question, { readonly type: 'phone' }>>({
  field: (_question, context) => textInput(context, { type: 'tel', autocomplete: 'tel', width: '20' }),
});
