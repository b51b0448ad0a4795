import type { AttributeMap } from '../../lib/attributes.js';
import type { ExitThisPageOptions } from './exit-this-page.options.js';

/** The `<civic-exit-this-page>` attributes that render the same button as these options. */
export function exitThisPageAttributes(options: ExitThisPageOptions): AttributeMap {
  return { text: options.text, 'redirect-url': options.redirectUrl, 'exit-id': options.id };
}
