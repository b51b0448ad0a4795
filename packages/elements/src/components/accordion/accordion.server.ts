import { renderComponent, type RenderContext } from '../../lib/server-render.js';
import { accordionAttributes } from './accordion.attributes.js';
import { accordionMessages } from './accordion.messages.js';
import { accordionOptionsSchema, type AccordionOptions } from './accordion.options.js';
import { accordionTemplate } from './accordion.template.js';

/**
 * Renders a GOV.UK accordion as HTML: without script every section shows, under its heading. `<civic-accordion>`
 * adds the "Show all sections" and per-section buttons when its script runs, since without it they could do nothing.
 */
export function renderAccordion(options: AccordionOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-accordion',
      schema: accordionOptionsSchema,
      codePrefix: 'elements.accordion',
      what: 'accordion options',
      catalogue: accordionMessages,
      template: (valid) => accordionTemplate(valid),
      attributes: accordionAttributes,
    },
    options,
    context,
  );
}
