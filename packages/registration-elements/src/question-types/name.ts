import type { Question } from '@civicbricks/registration';
import { fieldId, fieldName, first } from '../fields.js';
import { defineControls, group, partInput, readParts, textInput } from './base.js';

const NAME_PARTS = ['first', 'last'] as const;

type NameQuestion = Extract<Question, { readonly type: 'name' }>;
const partsOf = (question: NameQuestion) => (question.parts === 'firstAndLast' ? NAME_PARTS : undefined);

/** One input for a whole name, or first and last name in a fieldset. */
export const name = defineControls<NameQuestion>({
  parts: partsOf,
  read: (question, path, form) => {
    const parts = partsOf(question);
    return parts ? readParts(parts, path, form) : first(form, fieldName(path));
  },
  input: (_question, value) => (typeof value === 'string' ? value : { ...(value as { first: string; last: string }) }),
  field(question, context) {
    if (question.parts !== 'firstAndLast') return textInput(context, { autocomplete: 'name', spellcheck: false });
    const t = context.build.t;
    return group(context, [
      partInput(context, 'first', t('firstName'), { autocomplete: 'given-name', spellcheck: false }),
      partInput(context, 'last', t('lastName'), { autocomplete: 'family-name', spellcheck: false }),
    ]);
  },
  firstControlId: (question, path) => fieldId(partsOf(question) ? [...path, 'first'] : path),
});
