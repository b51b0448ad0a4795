import { localText, type Question } from '@civicbricks/registration';
import type { CheckboxesOptions } from '@civicbricks/elements';
import { fieldName, texts } from '../fields.js';
import { defineControls } from './base.js';

/** Checkboxes, with "or" above the exclusive "none" answer as GOV.UK puts it. */
export const checkboxes = defineControls<Extract<Question, { readonly type: 'checkboxes' }>>({
  read: (_question, path, form) => texts(form, fieldName(path)),
  input: (_question, value) => value as readonly string[],
  field(question, { id, name, labelOptions, common, raw, build }) {
    const exclusive = question.options.findIndex((option) => option.exclusive);
    const items: CheckboxesOptions['items'][number][] = question.options.map((option) => ({
      value: option.value,
      text: localText(option.label, build.locale),
      ...(option.hint ? { hint: localText(option.hint, build.locale) } : {}),
      ...(option.exclusive ? { behaviour: 'exclusive' as const } : {}),
    }));
    if (exclusive > 0) items.splice(exclusive, 0, { divider: true });
    return {
      component: 'checkboxes',
      options: {
        idPrefix: id,
        name,
        fieldset: { legend: labelOptions },
        items,
        ...common,
        values: Array.isArray(raw) ? (raw as string[]) : [],
      },
    };
  },
});
