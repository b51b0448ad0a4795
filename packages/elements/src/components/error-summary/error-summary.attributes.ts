import type { AttributeMap } from '../../lib/attributes.js';
import type { ErrorSummaryOptions } from './error-summary.options.js';

/** The `<civic-error-summary>` attributes that render the same summary as these options. */
export function errorSummaryAttributes(options: ErrorSummaryOptions): AttributeMap {
  return {
    'title-text': options.titleText,
    'description-text': options.descriptionText,
    errors: options.errorList,
    'disable-auto-focus': options.disableAutoFocus,
  };
}
