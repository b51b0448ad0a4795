import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import type * as z from 'zod/mini';
import { dateInputAttributes } from './date-input.attributes.js';
import { dateInputMessages } from './date-input.messages.js';
import { dateInputOptionsSchema, type DateInputOptions } from './date-input.options.js';
import { dateInputTemplate } from './date-input.template.js';

/** Renders a GOV.UK date input (day, month and year in a fieldset) with hint and error message as HTML. */
export function renderDateInput(options: z.input<typeof dateInputOptionsSchema> | DateInputOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-date-input',
      schema: dateInputOptionsSchema,
      codePrefix: 'elements.date_input',
      what: 'date input options',
      catalogue: dateInputMessages,
      template: dateInputTemplate,
      attributes: dateInputAttributes,
    },
    options,
    context,
  );
}
