import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import { insetTextAttributes } from './inset-text.attributes.js';
import { insetTextOptionsSchema, type InsetTextOptions } from './inset-text.options.js';
import { insetTextTemplate } from './inset-text.template.js';

/** Renders GOV.UK inset text as HTML. */
export function renderInsetText(options: InsetTextOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-inset-text',
      schema: insetTextOptionsSchema,
      codePrefix: 'elements.inset_text',
      what: 'inset text options',
      catalogue: fieldMessages,
      template: (valid) => insetTextTemplate(valid),
      attributes: insetTextAttributes,
    },
    options,
    context,
  );
}
