import type { Question } from '@civicbricks/registration';
import { choiceItems, defineControls } from './base.js';

/** A select whose first entry asks the person to choose. */
export const select = defineControls<Extract<Question, { readonly type: 'select' }>>({
  field: (question, { id, name, labelOptions, common, value, build }) => ({
    component: 'select',
    options: {
      id,
      name,
      label: labelOptions,
      items: [
        { value: '', text: build.t('selectChoose') },
        ...choiceItems(question.options, build.locale).map(({ value: v, text }) => ({ value: v, text })),
      ],
      ...common,
      ...(value !== undefined ? { value } : {}),
    },
  }),
});
