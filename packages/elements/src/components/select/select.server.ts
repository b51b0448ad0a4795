import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import type * as z from 'zod/mini';
import { selectAttributes } from './select.attributes.js';
import { selectOptionsSchema, type SelectOptions } from './select.options.js';
import { selectTemplate } from './select.template.js';

/** Renders a GOV.UK select with its label, hint and error message as HTML. */
export function renderSelect(options: z.input<typeof selectOptionsSchema> | SelectOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-select',
      schema: selectOptionsSchema,
      codePrefix: 'elements.select',
      what: 'select options',
      catalogue: fieldMessages,
      template: selectTemplate,
      attributes: selectAttributes,
    },
    options,
    context,
  );
}
