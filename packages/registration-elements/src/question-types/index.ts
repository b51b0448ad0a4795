/**
 * Every question type's controls, one module each: the names they post, a posted form read back, a stored answer
 * shown again, and the page model. `form.ts` and `model.ts` look a type up here instead of switching on it.
 */
import type { Question } from '@civicbricks/registration';
import type { QuestionControls, QuestionControlsRegistry } from './base.js';
import { addAnother } from './add-another.js';
import { itemControls } from './items.js';

export const questionControls = Object.freeze({ ...itemControls, addAnother }) satisfies QuestionControlsRegistry<Question>;

/** The module of a question's type, typed by the question. */
export function controlsOf<Q extends Question>(question: Q): QuestionControls<Q> {
  return questionControls[question.type as Question['type']] as unknown as QuestionControls<Q>;
}
