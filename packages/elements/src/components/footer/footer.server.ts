import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { footerAttributes } from './footer.attributes.js';
import { footerMessages } from './footer.messages.js';
import { footerOptionsSchema, type FooterOptions } from './footer.options.js';
import { footerTemplate } from './footer.template.js';

/** Renders the footer as HTML. Put it in the page's `<footer>` element, last in `<body>`. */
export function renderFooter(options: FooterOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-footer',
      schema: footerOptionsSchema,
      codePrefix: 'elements.footer',
      what: 'footer options',
      catalogue: footerMessages,
      template: footerTemplate,
      attributes: footerAttributes,
    },
    options,
    context,
  );
}
