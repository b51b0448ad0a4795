import type { AttributeMap } from '@civicbricks/elements';
import type { TimelineOptions } from './timeline.options.js';

/** The `<civic-timeline>` attributes that render the same timeline as these options. */
export function timelineAttributes(options: TimelineOptions): AttributeMap {
  return { items: options.items, 'heading-level': options.headingLevel === undefined ? undefined : String(options.headingLevel) };
}
