import type { Question } from '@civicbricks/registration';
import { defineControls, textInput } from './base.js';

/** A short numeric input for an NHS number. */
export const nhsNumber = defineControls<Extract<Question, { readonly type: 'nhsNumber' }>>({
  field: (_question, context) => textInput(context, { inputmode: 'numeric', width: '10', spellcheck: false }),
});
