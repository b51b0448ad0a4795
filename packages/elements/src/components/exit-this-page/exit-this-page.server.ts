import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { exitThisPageAttributes } from './exit-this-page.attributes.js';
import { exitThisPageMessages } from './exit-this-page.messages.js';
import { exitThisPageOptionsSchema, type ExitThisPageOptions } from './exit-this-page.options.js';
import { exitThisPageTemplate } from './exit-this-page.template.js';

/**
 * Renders the GOV.UK exit this page button as HTML: a link to a neutral page, so it works with
 * JavaScript off. Put it at the top of `<main>`, after any back link or breadcrumbs.
 */
export function renderExitThisPage(options: ExitThisPageOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-exit-this-page',
      schema: exitThisPageOptionsSchema,
      codePrefix: 'elements.exit_this_page',
      what: 'exit this page options',
      catalogue: exitThisPageMessages,
      template: (options, t) => exitThisPageTemplate(options, t),
      attributes: exitThisPageAttributes,
    },
    options,
    context,
  );
}
