import type { Question } from '@civicbricks/registration';
import { defineControls } from './base.js';

/** Two radios, side by side as GOV.UK puts the two short answers of a yes/no question. */
export const yesNo = defineControls<Extract<Question, { readonly type: 'yesNo' }>>({
  input: (_question, value) => (value ? 'yes' : 'no'),
  field: (_question, { id, name, labelOptions, common, value, build }) => ({
    component: 'radios',
    options: {
      idPrefix: id,
      name,
      fieldset: { legend: labelOptions },
      inline: true,
      items: [
        { value: 'yes', text: build.yes },
        { value: 'no', text: build.no },
      ],
      ...common,
      ...(value !== undefined ? { value } : {}),
    },
  }),
});
