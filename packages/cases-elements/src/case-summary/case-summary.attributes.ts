import type { AttributeMap } from '@civicbricks/elements';
import type { CaseSummaryOptions } from './case-summary.options.js';

/** The `<civic-case-summary>` attributes that render the same header as these options. */
export function caseSummaryAttributes(options: CaseSummaryOptions): AttributeMap {
  return {
    reference: options.reference,
    'case-title': options.title,
    'heading-level': options.headingLevel === undefined ? undefined : String(options.headingLevel),
    status: options.status,
    lead: options.lead,
    flags: options.flags && options.flags.length > 0 ? options.flags : undefined,
    due: options.due,
  };
}
