import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { warningTextAttributes } from './warning-text.attributes.js';
import { warningTextMessages } from './warning-text.messages.js';
import { warningTextOptionsSchema, type WarningTextOptions } from './warning-text.options.js';
import { warningTextTemplate } from './warning-text.template.js';

/** Renders GOV.UK warning text as HTML. */
export function renderWarningText(options: WarningTextOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-warning-text',
      schema: warningTextOptionsSchema,
      codePrefix: 'elements.warning_text',
      what: 'warning text options',
      catalogue: warningTextMessages,
      template: warningTextTemplate,
      attributes: warningTextAttributes,
    },
    options,
    context,
  );
}
