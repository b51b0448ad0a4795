import type { AttributeMap } from '@civicbricks/elements';
import type { TransferFormOptions } from './transfer-form.options.js';

/** The `<civic-transfer-form>` attributes that render the same form as these options. */
export function transferFormAttributes(options: TransferFormOptions): AttributeMap {
  return {
    action: options.action,
    'current-lead': options.currentLead,
    candidates: options.candidates,
    values: options.values,
    errors: options.errors,
    'hidden-fields': options.hiddenFields && options.hiddenFields.length > 0 ? options.hiddenFields : undefined,
  };
}
