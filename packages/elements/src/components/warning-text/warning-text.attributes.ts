import type { AttributeMap } from '../../lib/attributes.js';
import type { WarningTextOptions } from './warning-text.options.js';

/** The `<civic-warning-text>` attributes that render the same warning as these options. */
export function warningTextAttributes(options: WarningTextOptions): AttributeMap {
  return { text: options.text, 'icon-fallback-text': options.iconFallbackText };
}
