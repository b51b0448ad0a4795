import type { Question } from '@civicbricks/registration';
import { choiceItems, defineControls } from './base.js';

/** Radios, one for each option. */
export const radios = defineControls<Extract<Question, { readonly type: 'radios' }>>({
  field: (question, { id, name, labelOptions, common, value, build }) => ({
    component: 'radios',
    options: {
      idPrefix: id,
      name,
      fieldset: { legend: labelOptions },
      items: choiceItems(question.options, build.locale),
      ...common,
      ...(value !== undefined ? { value } : {}),
    },
  }),
});
