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
  textOrHtmlShape,
} from '../../lib/govuk-options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
/** Fixed widths in characters and fluid widths, as the GOV.UK text input offers them. */
export const textInputWidths = [
  '30',
  '20',
  '10',
  '5',
  '4',
  '3',
  '2',
  'full',
  'three-quarters',
  'two-thirds',
  'one-half',
  'one-third',
  'one-quarter',
] as const;
export type TextInputWidth = (typeof textInputWidths)[number];

const component = 'text input';
const affix = (where: string) =>
  z.optional(
    z.union([z.string(), govukObject(`${component} ${where}`, { ...textOrHtmlShape, classes, attributes })], {
      error: `${component}: \`${where}\` is a string or GOV.UK's { text | html, classes, attributes }`,
    }),
  );

/** GOV.UK's input macro options (https://design-system.service.gov.uk/components/text-input/), plus our `width`. */
export const textInputOptionsSchema = govukObject(component, {
  /** The input's id: the error summary links to it. Defaults to `name`, as in GOV.UK. */
  id: z.optional(idString.check(z.minLength(1))),
  name: z.string().check(z.minLength(1)),
  label: labelOption(component),
  type: z.optional(z.enum(['text', 'email', 'tel', 'url', 'number', 'password', 'search'])),
  value: z.optional(stringOrNumber),
  hint: hintOption(component),
  errorMessage: errorMessageOption(component),
  inputmode: z.optional(z.enum(['text', 'numeric', 'decimal', 'tel', 'email', 'url', 'search', 'none'])),
  autocomplete: z.optional(z.string()),
  autocapitalize: z.optional(z.string()),
  pattern: z.optional(z.string()),
  spellcheck: z.optional(z.boolean()),
  /** Our name for GOV.UK's width classes (`govuk-input--width-10`, `govuk-!-width-one-half`), which `classes` takes too. */
  width: z.optional(z.enum(textInputWidths)),
  prefix: affix('prefix'),
  suffix: affix('suffix'),
  disabled: z.optional(z.boolean()),
  /** Ids of other elements describing the input, before the hint and error. */
  describedBy: z.optional(z.string()),
  classes,
  attributes,
  formGroup: formGroupOption(component, {
    beforeInput: slotContent(component, 'formGroup.beforeInput'),
    afterInput: slotContent(component, 'formGroup.afterInput'),
  }),
  inputWrapper: z.optional(govukObject(`${component} inputWrapper`, { classes, attributes })),
});

/** Options for one GOV.UK text input, named as in the GOV.UK Design System's macro. */
export type TextInputOptions = z.infer<typeof textInputOptionsSchema>;

/** The options an element or template may hold: GOV.UK's shapes, before the server's checks. */
export type TextInputAffix = NonNullable<TextInputOptions['prefix']>;
