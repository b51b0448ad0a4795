import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import { withTextareaValue } from '../field/textarea-value.js';
import type * as z from 'zod/mini';
import { textareaAttributes } from './textarea.attributes.js';
import { textareaOptionsSchema } from './textarea.options.js';
import { textareaTemplate } from './textarea.template.js';

/** Renders a GOV.UK textarea with its label, hint and error message as HTML. */
export function renderTextarea(options: z.input<typeof textareaOptionsSchema>, context: RenderContext = {}): string {
  const markup = renderComponent(
    {
      tagName: 'civic-textarea',
      schema: textareaOptionsSchema,
      codePrefix: 'elements.textarea',
      what: 'textarea options',
      catalogue: fieldMessages,
      template: textareaTemplate,
      attributes: textareaAttributes,
    },
    options,
    context,
  );
  // renderComponent has validated the options by now, so value is a string or absent.
  return withTextareaValue(markup, options.value);
}
