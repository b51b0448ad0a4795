/**
 * The question types an add-another item can ask (all but add-another itself). Adding a question type is a module
 * in this folder and a line here (or in `index.ts` for one that holds other questions).
 */
import * as z from 'zod/mini';
import type { QuestionTypeRegistry } from './base.js';
import { address, type AddressQuestion } from './address.js';
import { checkboxes, type CheckboxesQuestion } from './checkboxes.js';
import { date, type DateQuestion } from './date.js';
import { email, type EmailQuestion } from './email.js';
import { longText } from './long-text.js';
import { money, type MoneyQuestion } from './money.js';
import { name, type NameQuestion } from './name.js';
import { nationalInsuranceNumber, type NationalInsuranceNumberQuestion } from './national-insurance-number.js';
import { nhsNumber, type NhsNumberQuestion } from './nhs-number.js';
import { number, type NumberQuestion } from './number.js';
import { phone, type PhoneQuestion } from './phone.js';
import { postcode, type PostcodeQuestion } from './postcode.js';
import { radios, type RadiosQuestion } from './radios.js';
import { select, type SelectQuestion } from './select.js';
import { text, type TextQuestion } from './text.js';
import { yesNo, type YesNoQuestion } from './yes-no.js';

/** Questions with nothing but the common fields: the validated kinds of text, an address and yes/no. */
export type SimpleQuestion =
  EmailQuestion | PhoneQuestion | PostcodeQuestion | NationalInsuranceNumberQuestion | NhsNumberQuestion | AddressQuestion | YesNoQuestion;
/** Questions answered from a list of options. */
export type ChoiceQuestion = RadiosQuestion | CheckboxesQuestion | SelectQuestion;
/** Each member answers one type, so the registry can give each module exactly its own question. */
type EachType<Q extends { readonly type: string }> = Q extends unknown ? { [K in Q['type']]: Q & { readonly type: K } }[Q['type']] : never;
export type ItemQuestion = EachType<
  TextQuestion | NumberQuestion | MoneyQuestion | SimpleQuestion | NameQuestion | DateQuestion | ChoiceQuestion
>;

export const itemQuestionTypes = Object.freeze({
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
}) satisfies QuestionTypeRegistry<ItemQuestion>;

type Schema = (typeof itemQuestionTypes)[keyof typeof itemQuestionTypes]['schema'];
export const itemQuestionSchemas = Object.values(itemQuestionTypes).map((type) => type.schema) as [Schema, ...Schema[]];

export const ItemQuestionSchema = z.discriminatedUnion('type', itemQuestionSchemas);
