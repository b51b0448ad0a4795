import type { AttributeMap } from '@civicbricks/elements';
import type { BadgeOptions } from './badge.options.js';

/** The `<civic-badge>` attributes that render the same badge as these options. */
export function badgeAttributes(options: BadgeOptions): AttributeMap {
  return { text: options.text, colour: options.colour, large: options.large, 'visually-hidden-text': options.visuallyHiddenText };
}
