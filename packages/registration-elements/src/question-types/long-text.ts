import type { Question } from '@civicbricks/registration';
import { defineControls } from './base.js';

/** A textarea, or a character count when the question has a limit. */
export const longText = defineControls<Extract<Question, { readonly type: 'longText' }>>({
  field(question, { id, name, labelOptions, common, value }) {
    const options = { id, name, label: labelOptions, ...common, ...(value !== undefined ? { value } : {}) };
    return question.maxLength
      ? { component: 'character-count', options: { ...options, maxlength: question.maxLength } }
      : { component: 'textarea', options };
  },
});
