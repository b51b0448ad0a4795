import type { AttributeMap } from '../../lib/attributes.js';
import type { TagOptions } from './tag.options.js';

/** The `<civic-tag>` attributes that render the same tag as these options. */
export function tagAttributes(options: TagOptions): AttributeMap {
  return { text: options.text, colour: options.colour };
}
