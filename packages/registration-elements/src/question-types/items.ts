/**
 * The controls of the question types an add-another item can ask (all but add-another itself). Adding a question
 * type is a module in this folder and a line here, beside its module in `@civicbricks/registration`.
 */
import type { ItemQuestion } from '@civicbricks/registration';
import type { QuestionControls, QuestionControlsRegistry } from './base.js';
import { address } from './address.js';
import { checkboxes } from './checkboxes.js';
import { date } from './date.js';
import { email } from './email.js';
import { longText } from './long-text.js';
import { money } from './money.js';
import { name } from './name.js';
import { nationalInsuranceNumber } from './national-insurance-number.js';
import { nhsNumber } from './nhs-number.js';
import { number } from './number.js';
import { phone } from './phone.js';
import { postcode } from './postcode.js';
import { radios } from './radios.js';
import { select } from './select.js';
import { text } from './text.js';
import { yesNo } from './yes-no.js';

export const itemControls = Object.freeze({
  text,
  longText,
  number,
  money,
  email,
  phone,
  postcode,
  nationalInsuranceNumber,
  nhsNumber,
  address,
  yesNo,
  name,
  date,
  radios,
  checkboxes,
  select,
}) satisfies QuestionControlsRegistry<ItemQuestion>;

/** The module of an item question's type, typed by the question. */
export function itemControlsOf<Q extends ItemQuestion>(question: Q): QuestionControls<Q> {
  return itemControls[question.type as ItemQuestion['type']] as unknown as QuestionControls<Q>;
}
