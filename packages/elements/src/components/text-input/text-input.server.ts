import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import type * as z from 'zod/mini';
import { textInputAttributes } from './text-input.attributes.js';
import { textInputOptionsSchema } from './text-input.options.js';
import { textInputTemplate } from './text-input.template.js';

/** Renders a GOV.UK text input with its label, hint and error message as HTML. */
export function renderTextInput(options: z.input<typeof textInputOptionsSchema>, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-text-input',
      schema: textInputOptionsSchema,
      codePrefix: 'elements.text_input',
      what: 'text input options',
      catalogue: fieldMessages,
      template: textInputTemplate,
      attributes: textInputAttributes,
    },
    options,
    context,
  );
}
