import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import { summaryListAttributes } from './summary-list.attributes.js';
import { summaryListOptionsSchema, type SummaryListOptions } from './summary-list.options.js';
import { summaryListTemplate } from './summary-list.template.js';

/** Renders a GOV.UK summary list (or summary card) as HTML. */
export function renderSummaryList(options: SummaryListOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-summary-list',
      schema: summaryListOptionsSchema,
      codePrefix: 'elements.summary_list',
      what: 'summary list options',
      catalogue: fieldMessages,
      template: (valid) => summaryListTemplate(valid),
      attributes: summaryListAttributes,
    },
    options,
    context,
  );
}
