import type { Question } from '@civicbricks/registration';
import { defineControls, textInput } from './base.js';

/** An email input that offers the person's own address. */
export const email = defineControls<Extract<Question, { readonly type: 'email' }>>({
  field: (_question, context) => textInput(context, { type: 'email', autocomplete: 'email', spellcheck: false }),
});
