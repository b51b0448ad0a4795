import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import { headerAttributes } from './header.attributes.js';
import { headerOptionsSchema, type HeaderOptions } from './header.options.js';
import { headerTemplate } from './header.template.js';

/** Renders the council-branded header (or, with `govukBranding`, the GOV.UK header) as HTML. Put it in the page's `<header>`, after the skip link. */
export function renderHeader(options: HeaderOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-header',
      schema: headerOptionsSchema,
      codePrefix: 'elements.header',
      what: 'header options',
      // The header owns no words: the names come from the options and "GOV.UK" is the same in Welsh.
      catalogue: fieldMessages,
      template: headerTemplate,
      attributes: headerAttributes,
    },
    options,
    context,
  );
}
