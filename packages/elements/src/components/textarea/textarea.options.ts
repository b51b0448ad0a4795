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
} from '../../lib/govuk-options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
/** The textarea options GOV.UK's textarea and character count macros share. */
export function textareaShape(component: string) {
  return {
    /** The textarea's id: the error summary links to it. Defaults to `name`, as in GOV.UK. */
    id: z.optional(idString),
    name: z.string().check(z.minLength(1)),
    label: labelOption(component),
    /** Visible height in lines; GOV.UK's default is 5. */
    rows: z.optional(
      z.union([
        z.int().check(z.positive()),
        z.pipe(z.string().check(z.regex(/^[1-9]\d*$/, 'rows is a whole number of lines')), z.transform(Number)),
      ]),
    ),
    value: z.optional(z.string()),
    hint: hintOption(component),
    errorMessage: errorMessageOption(component),
    autocomplete: z.optional(z.string()),
    spellcheck: z.optional(z.boolean()),
    disabled: z.optional(z.boolean()),
    /** Ids of other elements describing the textarea, before the hint and error. */
    describedBy: z.optional(z.string()),
    classes,
    attributes,
    formGroup: formGroupOption(component, {
      beforeInput: slotContent(component, 'formGroup.beforeInput'),
      afterInput: slotContent(component, 'formGroup.afterInput'),
    }),
  };
}

/** GOV.UK's textarea macro options (https://design-system.service.gov.uk/components/textarea/). */
export const textareaOptionsSchema = govukObject('textarea', textareaShape('textarea'));

/** Options for one GOV.UK textarea, named as in the GOV.UK Design System's macro. */
export type TextareaOptions = z.infer<typeof textareaOptionsSchema>;
