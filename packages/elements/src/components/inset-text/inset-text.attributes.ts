import type { AttributeMap } from '../../lib/attributes.js';
import type { InsetTextOptions } from './inset-text.options.js';

/** The `<civic-inset-text>` attributes that render the same inset text as these options. */
export function insetTextAttributes(options: InsetTextOptions): AttributeMap {
  return { text: options.text, 'inset-id': options.id };
}
