import type { TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import type { ChoicesMessageKey } from '../field/choices.messages.js';
import { choicesTemplate } from '../field/choices.template.js';
import type { RadiosOptions } from './radios.options.js';

/** The GOV.UK radios (see `choicesTemplate` for what they share with checkboxes, and why no `aria-expanded`). */
export function radiosTemplate(options: RadiosOptions, t: Translator<ChoicesMessageKey>, enhanced = false): TemplateResult {
  const modifiers = [...(options.inline ? ['inline'] : []), ...(options.small ? ['small'] : [])];
  const isChecked = (value: string): boolean => options.value !== undefined && options.value !== '' && value === options.value;
  return choicesTemplate('radios', { ...options, modifiers, isChecked }, t, enhanced);
}
