import type { AttributeMap } from '../../lib/attributes.js';
import type { BreadcrumbsOptions } from './breadcrumbs.options.js';

/** The `<civic-breadcrumbs>` attributes that render the same breadcrumbs as these options. */
export function breadcrumbsAttributes(options: BreadcrumbsOptions): AttributeMap {
  return { items: options.items, 'collapse-on-mobile': options.collapseOnMobile, 'label-text': options.labelText };
}
