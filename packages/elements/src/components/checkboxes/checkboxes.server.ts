import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { choicesMessages } from '../field/choices.messages.js';
import type * as z from 'zod/mini';
import { checkboxesAttributes } from './checkboxes.attributes.js';
import { checkboxesOptionsSchema, type CheckboxesOptions } from './checkboxes.options.js';
import { checkboxesTemplate } from './checkboxes.template.js';

/** Renders GOV.UK checkboxes in a fieldset with legend, hint and error message as HTML. */
export function renderCheckboxes(
  options: z.input<typeof checkboxesOptionsSchema> | CheckboxesOptions,
  context: RenderContext = {},
): string {
  return renderComponent(
    {
      tagName: 'civic-checkboxes',
      schema: checkboxesOptionsSchema,
      codePrefix: 'elements.checkboxes',
      what: 'checkboxes options',
      catalogue: choicesMessages,
      template: (valid, t) => checkboxesTemplate(valid, t),
      attributes: checkboxesAttributes,
    },
    options,
    context,
  );
}
