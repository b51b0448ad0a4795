import type { Question } from '@civicbricks/registration';
import { fieldId, fieldName, first } from '../fields.js';
import { defineControls, text } from './base.js';
import type { RawItem } from '../fields.js';

const DATE_PARTS = ['day', 'month', 'year'] as const;

/** The GOV.UK date input: day, month and year boxes posted as `dob-day`, `dob-month`, `dob-year`. */
export const date = defineControls<Extract<Question, { readonly type: 'date' }>>({
  read: (_question, path, form) => Object.fromEntries(DATE_PARTS.map((key) => [key, first(form, `${fieldName(path)}-${key}`)])),
  input(_question, value) {
    const [year, month, day] = String(value).split('-');
    return { day: String(Number(day)), month: String(Number(month)), year };
  },
  field(question, { id, name, labelOptions, common, error, raw }) {
    const values = raw !== undefined && typeof raw === 'object' && !Array.isArray(raw) ? (raw as RawItem) : {};
    return {
      component: 'date-input',
      options: {
        id,
        namePrefix: name,
        fieldset: { legend: labelOptions },
        values: { day: text(values.day) ?? '', month: text(values.month) ?? '', year: text(values.year) ?? '' },
        ...common,
        ...(error?.parts ? { errorItems: [...error.parts] } : {}),
        ...(question.prefill?.from === 'dateOfBirth' ? { dateOfBirth: true } : {}),
      },
    };
  },
  // The date input is one field that marks its boxes in error, so an error on a box moves to the date itself.
  errorOnPart(_question, ownPath, error) {
    const box = error.path[error.path.length - 1];
    if (!DATE_PARTS.some((part) => part === box)) return undefined;
    return { ...error, path: ownPath, parts: error.parts ?? [box as (typeof DATE_PARTS)[number]] };
  },
  firstControlId: (_question, path) => `${fieldId(path)}-day`,
  // The first box in error, as the engine marks them.
  errorTarget: (_question, path, error) => `${fieldId(path)}-${error.parts?.[0] ?? 'day'}`,
});
