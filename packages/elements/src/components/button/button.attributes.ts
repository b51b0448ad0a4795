import { type AttributeMap, withGovukOptions } from '../../lib/attributes.js';
import { safeUrl } from '../../lib/safe-url.js';
import type { ButtonOptions } from './button.options.js';

/** The `<civic-button>` attributes that render the same button as these options. */
export function buttonAttributes(options: ButtonOptions): AttributeMap {
  return withGovukOptions(
    {
      text: options.text,
      href: options.href === undefined ? undefined : safeUrl(options.href),
      type: options.type,
      variant: options.variant,
      start: options.isStartButton,
      disabled: options.disabled,
      name: options.name,
      value: options.value,
      'button-id': options.id,
      'prevent-double-click': options.preventDoubleClick,
    },
    options,
    buttonGovukOptions,
  );
}

/** The options `<civic-button>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const buttonGovukOptions = ['html', 'classes', 'attributes'] as const satisfies readonly (keyof ButtonOptions)[];
