import type { AttributeMap } from '@civicbricks/elements';
import type { SideNavigationOptions } from './side-navigation.options.js';

/** The `<civic-side-navigation>` attributes that render the same navigation as these options. */
export function sideNavigationAttributes(options: SideNavigationOptions): AttributeMap {
  return { label: options.label, items: options.items, sections: options.sections };
}
