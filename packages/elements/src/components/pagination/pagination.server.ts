import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { paginationAttributes } from './pagination.attributes.js';
import { paginationMessages } from './pagination.messages.js';
import { paginationOptionsSchema, type PaginationOptions } from './pagination.options.js';
import { paginationTemplate } from './pagination.template.js';

/** Renders GOV.UK pagination as HTML. */
export function renderPagination(options: PaginationOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-pagination',
      schema: paginationOptionsSchema,
      codePrefix: 'elements.pagination',
      what: 'pagination options',
      catalogue: paginationMessages,
      template: paginationTemplate,
      attributes: paginationAttributes,
    },
    options,
    context,
  );
}
