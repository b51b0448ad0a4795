import * as z from 'zod/mini';
import { govukObject } from '../../lib/govuk-options.js';
import { choiceDividerSchema, choiceItemShape, choicesFieldShape, emptyItem, withoutEmptyItems } from '../field/choices.options.js';

const component = 'radios';
export const radioDividerSchema = choiceDividerSchema(component);
export const radioItemSchema = govukObject(`${component} item`, choiceItemShape(component));

const radiosInputSchema = govukObject(component, {
  ...choicesFieldShape(component),
  items: z.array(z.union([radioDividerSchema, radioItemSchema, emptyItem])).check(z.minLength(1)),
  /** The chosen option's value. */
  value: z.optional(z.union([z.string(), z.number()])),
  /** Side by side; only for two short options, as GOV.UK advises (GOV.UK's `govuk-radios--inline` class). */
  inline: z.optional(z.boolean()),
});

type RadiosInput = z.infer<typeof radiosInputSchema>;
export type RadioDivider = z.infer<typeof radioDividerSchema>;
export type RadioItem = Omit<z.infer<typeof radioItemSchema>, 'checked'>;

/** Options for GOV.UK radios, named as in the GOV.UK Design System's macro, once each answer's `checked` is folded into `value`. */
export type RadiosOptions = Omit<RadiosInput, 'items' | 'value'> & {
  readonly items: readonly (RadioItem | RadioDivider)[];
  readonly value?: string | undefined;
};

/**
 * GOV.UK's radios macro options (https://design-system.service.gov.uk/components/radios/). The choice is one
 * `value`: an answer's `checked` (GOV.UK's other way to say it) becomes that value here, so the element and the
 * server cannot disagree about which answer is chosen.
 */
export const radiosOptionsSchema = z.pipe(
  radiosInputSchema,
  z.transform((input: RadiosInput): RadiosOptions => {
    const items = withoutEmptyItems(input.items, input.idPrefix ?? input.name);
    const given = input.value === undefined || input.value === '' ? undefined : String(input.value);
    let value: string | undefined;
    for (const item of items) {
      if ('divider' in item) continue;
      if (item.checked === true || (item.checked === undefined && given !== undefined && item.value === given)) value ??= item.value;
    }
    return {
      ...input,
      value,
      items: items.map((item): RadioItem | RadioDivider => {
        if ('divider' in item) return item;
        const { checked: _checked, ...rest } = item;
        return rest;
      }),
    };
  }),
);
