import { type AttributeMap, withGovukOptions } from '../../lib/attributes.js';
import type { InsetTextOptions } from './inset-text.options.js';

/** The `<civic-inset-text>` attributes that render the same inset text as these options. */
export function insetTextAttributes(options: InsetTextOptions): AttributeMap {
  return withGovukOptions({ text: options.text, 'inset-id': options.id }, options, insetTextGovukOptions);
}

/** The options `<civic-inset-text>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const insetTextGovukOptions = ['html', 'classes', 'attributes'] as const satisfies readonly (keyof InsetTextOptions)[];
