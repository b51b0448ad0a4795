import type { Question } from '@civicbricks/registration';
import { defineControls, textInput } from './base.js';

/** One text input. */
export const text = defineControls<Extract<Question, { readonly type: 'text' }>>({
  field: (_question, context) => textInput(context, {}),
});
