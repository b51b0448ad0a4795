import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { fieldMessages } from '../../messages.js';
import { detailsAttributes } from './details.attributes.js';
import { detailsOptionsSchema, type DetailsOptions } from './details.options.js';
import { detailsTemplate } from './details.template.js';

/** Renders GOV.UK details as HTML. */
export function renderDetails(options: DetailsOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-details',
      schema: detailsOptionsSchema,
      codePrefix: 'elements.details',
      what: 'details options',
      catalogue: fieldMessages,
      template: (valid) => detailsTemplate(valid),
      attributes: detailsAttributes,
    },
    options,
    context,
  );
}
