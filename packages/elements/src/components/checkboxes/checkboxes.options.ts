import * as z from 'zod/mini';
import { govukObject } from '../../lib/govuk-options.js';
import { choiceDividerSchema, choiceItemShape, choicesFieldShape, emptyItem, withoutEmptyItems } from '../field/choices.options.js';

const component = 'checkboxes';
export const checkboxDividerSchema = choiceDividerSchema(component);
export const checkboxItemSchema = govukObject(`${component} item`, {
  ...choiceItemShape(component),
  /** The name this answer submits under, where it is not the question's. */
  name: z.optional(z.string().check(z.minLength(1))),
  /** `exclusive` for a "None of these" answer: ticking it clears the others, and ticking another clears it. */
  behaviour: z.optional(z.literal('exclusive')),
});

const checkboxesInputSchema = govukObject(component, {
  ...choicesFieldShape(component),
  items: z.array(z.union([checkboxDividerSchema, checkboxItemSchema, emptyItem])).check(z.minLength(1)),
  /** The ticked options' values. */
  values: z.optional(z.array(z.union([z.string(), z.number()]))),
  /** Ids of other elements describing the question, before the hint and error. */
  describedBy: z.optional(z.string()),
});

type CheckboxesInput = z.infer<typeof checkboxesInputSchema>;
export type CheckboxDivider = z.infer<typeof checkboxDividerSchema>;
export type CheckboxItem = Omit<z.infer<typeof checkboxItemSchema>, 'checked'>;

/** Options for GOV.UK checkboxes, named as in the GOV.UK Design System's macro, once each answer's `checked` is folded into `values`. */
export type CheckboxesOptions = Omit<CheckboxesInput, 'items' | 'values'> & {
  readonly items: readonly (CheckboxItem | CheckboxDivider)[];
  readonly values?: readonly string[] | undefined;
};

/**
 * GOV.UK's checkboxes macro options (https://design-system.service.gov.uk/components/checkboxes/). The ticked
 * answers are `values`: an answer's `checked` (GOV.UK's other way to say it) is folded into them.
 */
export const checkboxesOptionsSchema = z.pipe(
  checkboxesInputSchema,
  z.transform((input: CheckboxesInput): CheckboxesOptions => {
    const items = withoutEmptyItems(input.items, input.idPrefix ?? input.name);
    const given = (input.values ?? []).map(String);
    const values: string[] = [];
    for (const item of items) {
      if ('divider' in item) continue;
      const ticked = item.checked ?? given.includes(item.value);
      if (ticked && !values.includes(item.value)) values.push(item.value);
    }
    // Values no answer has are kept: a page may tick answers the service adds later.
    for (const value of given)
      if (!values.includes(value) && !items.some((item) => !('divider' in item) && item.value === value)) values.push(value);
    return {
      ...input,
      values: input.values === undefined && values.length === 0 ? undefined : values,
      items: items.map((item): CheckboxItem | CheckboxDivider => {
        if ('divider' in item) return item;
        const { checked: _checked, ...rest } = item;
        return rest;
      }),
    };
  }),
);
