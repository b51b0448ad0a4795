import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import { buttonAttributes } from './button.attributes.js';
import { buttonOptionsSchema, type ButtonOptions } from './button.options.js';
import { buttonTemplate } from './button.template.js';

/** Renders a GOV.UK button (or link button) as HTML. */
export function renderButton(options: ButtonOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-button',
      schema: buttonOptionsSchema,
      codePrefix: 'elements.button',
      what: 'button options',
      catalogue: fieldMessages,
      template: (valid) => buttonTemplate(valid),
      attributes: buttonAttributes,
    },
    options,
    context,
  );
}
