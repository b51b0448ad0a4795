import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { breadcrumbsAttributes } from './breadcrumbs.attributes.js';
import { breadcrumbsMessages } from './breadcrumbs.messages.js';
import { breadcrumbsOptionsSchema, type BreadcrumbsOptions } from './breadcrumbs.options.js';
import { breadcrumbsTemplate } from './breadcrumbs.template.js';

/** Renders GOV.UK breadcrumbs as HTML. Put them before `<main>`, after the header. */
export function renderBreadcrumbs(options: BreadcrumbsOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-breadcrumbs',
      schema: breadcrumbsOptionsSchema,
      codePrefix: 'elements.breadcrumbs',
      what: 'breadcrumbs options',
      catalogue: breadcrumbsMessages,
      template: breadcrumbsTemplate,
      attributes: breadcrumbsAttributes,
    },
    options,
    context,
  );
}
