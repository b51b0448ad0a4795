import type { ButtonOptions } from '@civicbricks/elements';
import { itemLimit, type AnswerValue, type Question } from '@civicbricks/registration';
import { ACTION_FIELD, fieldId, fieldName, isBlankInput, type RawItem } from '../fields.js';
import { defineControls, fieldWithControls, group, inputWithControls, readWithControls, type FieldModel } from './base.js';
import { itemControlsOf } from './items.js';

/**
 * One fieldset per item, each with its questions and a "Remove" button, then an empty item to fill in and
 * "Add another" (none at the limit). Items post as `withYou[0].firstName`.
 */
export const addAnother = defineControls<Extract<Question, { readonly type: 'addAnother' }>>({
  read(question, path, form, keepBlankItems) {
    const indices = new Set<number>();
    const pattern = new RegExp(`^${escapeRegExp(fieldName(path))}\\[(\\d{1,4})\\]\\.`);
    for (const key of form.keys()) {
      const match = pattern.exec(key);
      if (match) indices.add(Number(match[1]));
    }
    // One item more than the question takes is enough for the engine to say so; the rest are never read.
    // Items left blank (the empty one always offered at the end) are not answers.
    return [...indices]
      .sort((a, b) => a - b)
      .slice(0, itemLimit(question) + 1)
      .map((index) =>
        Object.fromEntries(
          question.questions.map((inner) => [
            inner.id,
            readWithControls(itemControlsOf(inner), inner, [...path, index, inner.id], form, false),
          ]),
        ),
      )
      .filter((item) => keepBlankItems || !isBlankInput(item));
  },
  input: (question, value) =>
    (value as readonly { readonly [id: string]: AnswerValue }[]).map((item) =>
      Object.fromEntries(question.questions.map((inner) => [inner.id, inputWithControls(itemControlsOf(inner), inner, item[inner.id])])),
    ),
  field(question, context) {
    const { path, raw, build } = context;
    const items = Array.isArray(raw) ? (raw as readonly RawItem[]) : [];
    const slots = items.length >= itemLimit(question) ? items.length : items.length + 1;
    const itemGroups: FieldModel[] = [];
    for (let index = 0; index < slots; index += 1) {
      const item = items[index];
      itemGroups.push({
        component: 'group',
        id: fieldId([...path, index]),
        legend: build.t('itemLegend', { number: index + 1 }),
        legendSize: 's',
        isPageHeading: false,
        fields: question.questions.map((inner) =>
          fieldWithControls(itemControlsOf(inner), inner, [...path, index, inner.id], item?.[inner.id], build),
        ),
        buttons: item
          ? [{ text: build.t('remove'), type: 'submit', variant: 'secondary', name: ACTION_FIELD, value: `remove:${question.id}:${index}` }]
          : [],
      });
    }
    // At the limit there is no empty item left to fill in, so nothing to add.
    const add: ButtonOptions[] =
      slots > items.length
        ? [{ text: build.t('addAnother'), type: 'submit', variant: 'secondary', name: ACTION_FIELD, value: `add:${question.id}` }]
        : [];
    return group(context, itemGroups, add);
  },
  firstControlId(question, path) {
    const inner = question.questions[0] as (typeof question.questions)[number];
    const innerPath = [...path, 0, inner.id];
    return itemControlsOf(inner).firstControlId?.(inner, innerPath) ?? fieldId(innerPath);
  },
});

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
