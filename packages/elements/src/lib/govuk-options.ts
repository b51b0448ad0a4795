// Node only (server render functions): the option shapes GOV.UK's Nunjucks macros share, as zod schemas, so every
// component takes them with the same names and the same errors. Objects are strict: an option GOV.UK does not
// document, or we do not offer, is a ValidationError naming the component and the key, never dropped in silence.
import * as z from 'zod/mini';
import { attributeNameAllowed } from './govuk-attributes.js';

// HTML's rule, which GOV.UK follows: an id is at least one character and has no spaces ("1-name" and "a.b:c" are fine).
export const idPattern = /^\S+$/;
export const idString = z.string().check(z.regex(idPattern, 'an id must be at least one character with no spaces'));

type Shape = Parameters<typeof z.strictObject>[0];

/**
 * A strict object for one of a component's option objects: an unknown key is refused with a message that names the
 * component, the key and the keys GOV.UK's macro takes there.
 */
export function govukObject<S extends Shape>(component: string, shape: S): z.ZodMiniObject<S, z.core.$strict> {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${component}: ${issue.keys.map((key) => `\`${[...(issue.path ?? []).map(String), key].join('.')}\``).join(', ')} ${issue.keys.length === 1 ? 'is not an option' : 'are not options'} here; the ${component} takes ${known}`
        : undefined,
  });
}

/** GOV.UK's `classes`: extra classes on the component's element. */
export const classes = z.optional(z.string());

const attributeValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.strictObject({ value: z.optional(z.union([z.string(), z.number(), z.boolean()])), optional: z.optional(z.boolean()) }),
]);

/** GOV.UK's `attributes`: extra attributes on the element, except those that could run script or load something. */
export const attributes = z.optional(
  z.record(
    z.string().check(
      z.refine(attributeNameAllowed, {
        message:
          'attributes cannot set event handlers (on…), style, src, srcdoc, action or formaction: they could run script or load something the page did not choose',
      }),
    ),
    attributeValue,
  ),
);

/** GOV.UK's `text` or `html` (html is sanitised to GOV.UK's markup; see lib/sanitise-html.ts). */
export const textOrHtmlShape = { text: z.optional(z.string()), html: z.optional(z.string()) };

/** Checks that a `{ text | html }` object has one of them: what GOV.UK needs there to render anything. */
export function needsTextOrHtml(component: string, what: string) {
  return z.refine<{ text?: string | undefined; html?: string | undefined }>(
    (value) => value.text !== undefined || value.html !== undefined,
    {
      message: `${component}: ${what} needs \`text\` or \`html\``,
    },
  );
}

/** A hint: our string, or GOV.UK's `{ text | html, id, classes, attributes }`. */
export function hintOption(component: string) {
  return z.optional(
    z.union([z.string(), govukObject(`${component} hint`, { ...textOrHtmlShape, id: z.optional(idString), classes, attributes })], {
      error: `${component}: \`hint\` is a string or GOV.UK's { text | html, id, classes, attributes }`,
    }),
  );
}

/** An error message: our string, or GOV.UK's `{ text | html, id, classes, attributes, visuallyHiddenText }`. */
export function errorMessageOption(component: string) {
  return z.optional(
    z.union(
      [
        z.string(),
        govukObject(`${component} error message`, {
          ...textOrHtmlShape,
          id: z.optional(idString),
          classes,
          attributes,
          visuallyHiddenText: z.optional(z.union([z.string(), z.literal(false)])),
        }),
      ],
      { error: `${component}: \`errorMessage\` is a string or GOV.UK's { text | html, id, classes, attributes, visuallyHiddenText }` },
    ),
  );
}

/** Our label sizes; GOV.UK writes them as classes (`govuk-label--l`), which `classes` takes too. */
export const labelSize = z.optional(z.enum(['s', 'm', 'l', 'xl']));

/** A label: GOV.UK's `{ text | html, for, isPageHeading, classes, attributes }`, plus our `size`. */
export function labelOption(component: string) {
  return govukObject(`${component} label`, {
    ...textOrHtmlShape,
    for: z.optional(idString),
    size: labelSize,
    isPageHeading: z.optional(z.boolean()),
    classes,
    attributes,
  }).check(needsTextOrHtml(component, 'the label'));
}

/** A legend: GOV.UK's `{ text | html, isPageHeading, classes }`, plus our `size`. */
export function legendOption(component: string) {
  return govukObject(`${component} legend`, { ...textOrHtmlShape, size: labelSize, isPageHeading: z.optional(z.boolean()), classes });
}

/** A fieldset around a group of controls: GOV.UK's `{ legend, describedBy, classes, role, attributes }`. */
export function fieldsetOption(component: string) {
  return govukObject(`${component} fieldset`, {
    legend: z.optional(legendOption(component)),
    describedBy: z.optional(z.string()),
    classes,
    role: z.optional(z.string()),
    attributes,
  });
}

/** The form group around a control: GOV.UK's `{ classes, attributes }` (and, for some controls, content before and after). */
export function formGroupOption<E extends Shape>(component: string, extra: E = {} as E) {
  return z.optional(govukObject(`${component} formGroup`, { classes, attributes, ...extra }));
}

/** Content before or after a control inside its form group: GOV.UK's `{ text | html }`. */
export function slotContent(component: string, where: string) {
  return z.optional(govukObject(`${component} ${where}`, textOrHtmlShape));
}

/** A value GOV.UK takes as a string or a number (item values, counts): kept as the text the page shows. */
export const stringOrNumber = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value: string | number) => String(value)),
);
