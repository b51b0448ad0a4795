import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { errorSummaryAttributes } from './error-summary.attributes.js';
import { errorSummaryMessages } from './error-summary.messages.js';
import { errorSummaryOptionsSchema, type ErrorSummaryOptions } from './error-summary.options.js';
import { errorSummaryTemplate } from './error-summary.template.js';

/** Renders a GOV.UK error summary as HTML. Put it first in `<main>`, above the form. */
export function renderErrorSummary(options: ErrorSummaryOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-error-summary',
      schema: errorSummaryOptionsSchema,
      codePrefix: 'elements.error_summary',
      what: 'error summary options',
      catalogue: errorSummaryMessages,
      template: errorSummaryTemplate,
      attributes: errorSummaryAttributes,
    },
    options,
    context,
  );
}
