import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { backLinkAttributes } from './back-link.attributes.js';
import { backLinkMessages } from './back-link.messages.js';
import { backLinkOptionsSchema, type BackLinkOptions } from './back-link.options.js';
import { backLinkTemplate } from './back-link.template.js';

/** Renders a GOV.UK back link as HTML. */
export function renderBackLink(options: BackLinkOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-back-link',
      schema: backLinkOptionsSchema,
      codePrefix: 'elements.back_link',
      what: 'back link options',
      catalogue: backLinkMessages,
      template: backLinkTemplate,
      attributes: backLinkAttributes,
    },
    options,
    context,
  );
}
