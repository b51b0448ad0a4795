import { type AttributeMap, withGovukOptions } from '../../lib/attributes.js';
import type { PanelOptions } from './panel.options.js';

/** The `<civic-panel>` attributes that render the same panel as these options. */
export function panelAttributes(options: PanelOptions): AttributeMap {
  return withGovukOptions(
    {
      'title-text': options.titleText,
      text: options.text,
      'heading-level': options.headingLevel === undefined ? undefined : String(options.headingLevel),
    },
    options,
    panelGovukOptions,
  );
}

/** The options `<civic-panel>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const panelGovukOptions = [
  'titleHtml',
  'html',
  'classes',
  'attributes',
  'actions',
] as const satisfies readonly (keyof PanelOptions)[];
