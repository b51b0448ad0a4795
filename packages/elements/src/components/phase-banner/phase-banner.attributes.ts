import type { AttributeMap } from '../../lib/attributes.js';
import type { PhaseBannerOptions } from './phase-banner.options.js';

/** The `<civic-phase-banner>` attributes that render the same banner as these options. */
export function phaseBannerAttributes(options: PhaseBannerOptions): AttributeMap {
  return { 'tag-text': options.tag.text, text: options.text };
}
