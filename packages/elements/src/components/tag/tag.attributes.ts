import { type AttributeMap, withGovukOptions } from '../../lib/attributes.js';
import type { TagOptions } from './tag.options.js';

/** The `<civic-tag>` attributes that render the same tag as these options. */
export function tagAttributes(options: TagOptions): AttributeMap {
  return withGovukOptions({ text: options.text, colour: options.colour }, options, tagGovukOptions);
}

/** The options `<civic-tag>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const tagGovukOptions = ['html', 'classes', 'attributes'] as const satisfies readonly (keyof TagOptions)[];
