import type { AttributeMap } from '@civicbricks/elements';
import type { SubNavigationOptions } from './sub-navigation.options.js';

/** The `<civic-sub-navigation>` attributes that render the same navigation as these options. */
export function subNavigationAttributes(options: SubNavigationOptions): AttributeMap {
  return { label: options.label, items: options.items };
}
