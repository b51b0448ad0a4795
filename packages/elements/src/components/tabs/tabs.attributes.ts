import type { AttributeMap } from '../../lib/attributes.js';
import type { TabsOptions } from './tabs.options.js';

/** The `<civic-tabs>` attributes that render the same tabs as these options. */
export function tabsAttributes(options: TabsOptions): AttributeMap {
  return { items: options.items, 'title-text': options.title, 'id-prefix': options.idPrefix };
}
