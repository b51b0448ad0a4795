import type { AttributeMap } from '../../lib/attributes.js';
import type { RadiosOptions } from './radios.options.js';

/** The `<civic-radios>` attributes that render the same radios as these options. */
export function radiosAttributes(options: RadiosOptions): AttributeMap {
  return {
    name: options.name,
    'id-prefix': options.idPrefix,
    legend: options.fieldset.legend.text,
    'legend-size': options.fieldset.legend.size,
    'legend-is-page-heading': options.fieldset.legend.isPageHeading,
    hint: options.hint,
    'error-message': options.errorMessage,
    items: options.items,
    value: options.value,
    inline: options.inline,
    small: options.small,
  };
}
