import * as z from 'zod/mini';
import {
  attributes,
  classes,
  errorMessageOption,
  formGroupOption,
  govukObject,
  hintOption,
  idString,
  labelOption,
  slotContent,
  stringOrNumber,
} from '../../lib/govuk-options.js';
import { emptyItem } from '../field/choices.options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
const component = 'select';

export const selectItemSchema = govukObject(`${component} item`, {
  /** Without one, the option's text is its value, and GOV.UK writes no `value` attribute. */
  value: z.optional(z.pipe(z.union([z.string(), z.number(), z.boolean()]), z.transform(String))),
  text: z.string(),
  /** GOV.UK's per-option choice; it becomes the select's `value`. */
  selected: z.optional(z.boolean()),
  /** Shown but not choosable, such as an option that is not available yet. */
  disabled: z.optional(z.boolean()),
  attributes,
});

const selectInputSchema = govukObject(component, {
  /** The select's id: the error summary links to it. Defaults to `name`. */
  id: z.optional(idString),
  name: z.string().check(z.minLength(1)),
  label: labelOption(component),
  /** GOV.UK lets a page leave them out and fill them in later; a select with no options submits nothing. */
  items: z.optional(z.array(z.union([selectItemSchema, emptyItem]))),
  /** The chosen option's value; without one (or with one no option has) the browser shows the first option. */
  value: z.optional(stringOrNumber),
  hint: hintOption(component),
  errorMessage: errorMessageOption(component),
  disabled: z.optional(z.boolean()),
  /** Ids of other elements describing the select, before the hint and error. */
  describedBy: z.optional(z.string()),
  classes,
  attributes,
  formGroup: formGroupOption(component, {
    beforeInput: slotContent(component, 'formGroup.beforeInput'),
    afterInput: slotContent(component, 'formGroup.afterInput'),
  }),
});

export type SelectItem = Omit<z.infer<typeof selectItemSchema>, 'selected'>;

/**
 * Options for a GOV.UK select, named as in the GOV.UK Design System's macro. The choice is the one `value`: an
 * option's `selected` (GOV.UK's other way to say it) becomes that value, so the element and the server cannot
 * disagree about which option is chosen.
 */
export type SelectOptions = Omit<z.infer<typeof selectInputSchema>, 'items'> & { readonly items: readonly SelectItem[] };

export const selectOptionsSchema = z.pipe(
  selectInputSchema,
  z.transform((input): SelectOptions => {
    const items = (input.items ?? []).filter((item): item is z.infer<typeof selectItemSchema> => typeof item === 'object' && item !== null);
    const given = input.value === undefined || input.value === '' ? undefined : input.value;
    let value: string | undefined;
    for (const item of items) {
      const effective = item.value ?? item.text;
      if (item.selected === true || (item.selected === undefined && given !== undefined && effective === given)) value ??= effective;
    }
    return {
      ...input,
      value: value ?? (given !== undefined && items.some((item) => (item.value ?? item.text) === given) ? undefined : given),
      items: items.map(({ selected: _selected, ...item }) => item),
    };
  }),
);
