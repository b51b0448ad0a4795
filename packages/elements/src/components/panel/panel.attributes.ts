import type { AttributeMap } from '../../lib/attributes.js';
import type { PanelOptions } from './panel.options.js';

/** The `<civic-panel>` attributes that render the same panel as these options. */
export function panelAttributes(options: PanelOptions): AttributeMap {
  return {
    'title-text': options.titleText,
    text: options.text,
    'heading-level': options.headingLevel === undefined ? undefined : String(options.headingLevel),
  };
}
