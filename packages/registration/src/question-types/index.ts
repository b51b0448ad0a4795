/**
 * Every question type, one module each: its JSON schema, how an answer is read and checked, and how it reads on
 * check your answers. The engine, the schema and the prefill rules look a type up here instead of switching on it.
 */
import * as z from 'zod/mini';
import type { ProfileField } from './base.js';
import type { QuestionTypeHandler, QuestionTypeRegistry } from './base.js';
import { addAnother, type AddAnotherQuestion } from './add-another.js';
import { itemQuestionSchemas, itemQuestionTypes, type ItemQuestion } from './items.js';

/** One question of a journey. */
export type Question = ItemQuestion | AddAnotherQuestion;
export type QuestionType = Question['type'];

export const questionTypes = Object.freeze({ ...itemQuestionTypes, addAnother }) satisfies QuestionTypeRegistry<Question>;

export const QuestionSchema = z.discriminatedUnion('type', [...itemQuestionSchemas, addAnother.schema]);

/** The module of a question's type, typed by the question. */
export function questionTypeOf<Q extends Question>(question: Q): QuestionTypeHandler<Q> {
  return questionTypes[question.type as QuestionType] as unknown as QuestionTypeHandler<Q>;
}

/** Which profile fields suit which question types; `validateJourney` refuses any other pairing. */
export const PREFILL_FIELDS_FOR: { readonly [type: string]: readonly ProfileField[] } = Object.freeze(
  Object.fromEntries(
    Object.values(questionTypes).flatMap((type) => ('prefillFrom' in type && type.prefillFrom ? [[type.type, type.prefillFrom]] : [])),
  ),
);
