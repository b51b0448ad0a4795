import type { AttributeMap } from '../../lib/attributes.js';
import type { AccordionOptions } from './accordion.options.js';

/** The `<civic-accordion>` attributes that render the same accordion as these options. */
export function accordionAttributes(options: AccordionOptions): AttributeMap {
  return {
    'accordion-id': options.id,
    'heading-level': options.headingLevel === undefined ? undefined : String(options.headingLevel),
    // Only `false` is written: remembering is on unless switched off.
    'remember-expanded': options.rememberExpanded === false ? 'false' : undefined,
    items: options.items,
  };
}
