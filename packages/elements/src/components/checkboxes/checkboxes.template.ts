import type { TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import type { ChoicesMessageKey } from '../field/choices.messages.js';
import { choicesTemplate } from '../field/choices.template.js';
import type { CheckboxesOptions } from './checkboxes.options.js';

/**
 * The GOV.UK checkboxes, all under one `name` so every ticked value submits (see `choicesTemplate` for what they
 * share with radios); an `exclusive` answer carries `data-behaviour` for the element's "none of these" logic.
 */
export function checkboxesTemplate(options: CheckboxesOptions, t: Translator<ChoicesMessageKey>, enhanced = false): TemplateResult {
  const values = options.values ?? [];
  return choicesTemplate(
    'checkboxes',
    { ...options, modifiers: options.small ? ['small'] : [], isChecked: (value) => values.includes(value) },
    t,
    enhanced,
  );
}
