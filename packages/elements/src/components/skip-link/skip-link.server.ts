import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { skipLinkAttributes } from './skip-link.attributes.js';
import { skipLinkMessages } from './skip-link.messages.js';
import { skipLinkOptionsSchema, type SkipLinkOptions } from './skip-link.options.js';
import { skipLinkTemplate } from './skip-link.template.js';

/** Renders a GOV.UK skip link as HTML. Put it first in `<body>`. */
export function renderSkipLink(options: SkipLinkOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-skip-link',
      schema: skipLinkOptionsSchema,
      codePrefix: 'elements.skip_link',
      what: 'skip link options',
      catalogue: skipLinkMessages,
      template: skipLinkTemplate,
      attributes: skipLinkAttributes,
    },
    options,
    context,
  );
}
