import * as z from 'zod/mini';
import {
  attributes,
  classes,
  errorMessageOption,
  fieldsetOption,
  formGroupOption,
  govukObject,
  hintOption,
  idString,
  slotContent,
  stringOrNumber,
  textOrHtmlShape,
} from '../../lib/govuk-options.js';

// What radios and checkboxes share, in the shapes of GOV.UK's radios and checkboxes macros. Options schemas live apart
// from templates so browsers never ship zod.
export const idPattern = z.regex(/^\S+$/, 'an id must be at least one character with no spaces');

export function choiceDividerSchema(component: string) {
  return govukObject(`${component} divider`, {
    /** `true` for the translated "or" ("neu" in Welsh), or your own word, as GOV.UK's `divider: 'or'`. */
    divider: z.union([z.literal(true), z.string().check(z.minLength(1))]),
  });
}

/** One answer: its value, label, hint and what it reveals while chosen, as GOV.UK's `items[]`. */
export function choiceItemShape(component: string) {
  return {
    value: stringOrNumber,
    ...textOrHtmlShape,
    hint: z.optional(z.union([z.string(), govukObject(`${component} item hint`, { ...textOrHtmlShape, classes, attributes })])),
    /** Overrides the generated id (`idPrefix`, then `idPrefix-2`, `-3`…). */
    id: z.optional(idString),
    label: z.optional(govukObject(`${component} item label`, { classes, attributes })),
    /** Shown while this answer is chosen: plain `text`, or GOV.UK's `html` (sanitised; it may hold a text input). */
    conditional: z.optional(
      // GOV.UK's fixtures write `html: false` for "nothing to reveal".
      govukObject(`${component} item conditional`, {
        text: z.optional(z.string()),
        html: z.optional(z.union([z.string(), z.literal(false)])),
      }),
    ),
    /** GOV.UK's per-answer choice; it becomes `value` (radios) or `values` (checkboxes). */
    checked: z.optional(z.boolean()),
    disabled: z.optional(z.boolean()),
    attributes,
  };
}

/** The question, optionally as a fieldset, with hint and error, under one `name`. */
export function choicesFieldShape(component: string) {
  return {
    /** Id of the first input (the error summary links to it) and prefix of the others' ids. Defaults to `name`. */
    idPrefix: z.optional(idString),
    name: z.string().check(z.minLength(1)),
    /** GOV.UK makes it optional: without one, the answers stand alone (for a question whose page heading asks it). */
    fieldset: z.optional(fieldsetOption(component)),
    hint: hintOption(component),
    errorMessage: errorMessageOption(component),
    /** Our name for GOV.UK's `govuk-…--small` class, which `classes` takes too. */
    small: z.optional(z.boolean()),
    classes,
    attributes,
    formGroup: formGroupOption(component, {
      beforeInputs: slotContent(component, 'formGroup.beforeInputs'),
      afterInputs: slotContent(component, 'formGroup.afterInputs'),
    }),
  };
}

/** GOV.UK lets `items` hold empty entries (`false`, `null`, `''`) so a template can leave an answer out; they are skipped. */
export const emptyItem = z.union([z.null(), z.undefined(), z.literal(false), z.literal('')]);

interface IdentifiedItem {
  readonly id?: string | undefined;
  readonly divider?: unknown;
}

/**
 * Drops GOV.UK's empty entries while keeping GOV.UK's ids: an answer's id counts every entry before it (empty ones
 * too), so where an entry was dropped the answers after it get their ids written out.
 */
export function withoutEmptyItems<T extends IdentifiedItem>(items: readonly (T | null | undefined | false | '')[], prefix: string): T[] {
  const kept: T[] = [];
  let shifted = false;
  items.forEach((item, index) => {
    if (item === null || item === undefined || item === false || item === '') {
      shifted = true;
      return;
    }
    const position = index + 1;
    kept.push(
      shifted && !('divider' in item) && item.id === undefined ? { ...item, id: position > 1 ? `${prefix}-${position}` : prefix } : item,
    );
  });
  return kept;
}

export type ChoiceDivider = { readonly divider: true | string };
