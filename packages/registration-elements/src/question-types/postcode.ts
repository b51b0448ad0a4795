import type { Question } from '@civicbricks/registration';
import { defineControls, textInput } from './base.js';

/** A short input for a postcode. */
export const postcode = defineControls<Extract<Question, { readonly type: 'postcode' }>>({
  field: (_question, context) => textInput(context, { autocomplete: 'postal-code', width: '10', spellcheck: false }),
});
