import { type AttributeMap, withGovukOptions } from '../../lib/attributes.js';
import type { WarningTextOptions } from './warning-text.options.js';

/** The `<civic-warning-text>` attributes that render the same warning as these options. */
export function warningTextAttributes(options: WarningTextOptions): AttributeMap {
  return withGovukOptions({ text: options.text, 'icon-fallback-text': options.iconFallbackText }, options, warningTextGovukOptions);
}

/** The options `<civic-warning-text>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const warningTextGovukOptions = ['html', 'classes', 'attributes'] as const satisfies readonly (keyof WarningTextOptions)[];
