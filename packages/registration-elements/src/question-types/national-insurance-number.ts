import type { Question } from '@civicbricks/registration';
import { defineControls, textInput } from './base.js';

/** A short input for a National Insurance number. */
export const nationalInsuranceNumber = defineControls<Extract<Question, { readonly type: 'nationalInsuranceNumber' }>>({
  field: (_question, context) => textInput(context, { width: '10', spellcheck: false }),
});
