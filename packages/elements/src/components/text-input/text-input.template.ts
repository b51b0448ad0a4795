import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../../messages.js';
import { describedBy, errorMessageTemplate, hintTemplate, labelTemplate } from '../field/field.template.js';
import type { TextInputOptions, TextInputWidth } from './text-input.options.js';

function widthClass(width: TextInputWidth | undefined): string {
  if (!width) return '';
  return /^\d+$/.test(width) ? ` govuk-input--width-${width}` : ` govuk-!-width-${width}`;
}

/** The GOV.UK text input: form group, label, hint, error message and the native input, in one tree. */
export function textInputTemplate(options: TextInputOptions, t: Translate): TemplateResult {
  const hintId = options.hint ? `${options.id}-hint` : undefined;
  const errorId = options.errorMessage ? `${options.id}-error` : undefined;
  const inputClasses = `govuk-input${options.errorMessage ? ' govuk-input--error' : ''}${widthClass(options.width)}`;
  const spellcheck = options.spellcheck === undefined ? undefined : String(options.spellcheck);
  const input = html`<input
    class=${inputClasses}
    id=${options.id}
    name=${options.name}
    type=${options.type ?? 'text'}
    .value=${live(options.value ?? '')}
    inputmode=${ifDefined(options.inputmode)}
    autocomplete=${ifDefined(options.autocomplete)}
    spellcheck=${ifDefined(spellcheck)}
    aria-describedby=${ifDefined(describedBy(hintId, errorId))}
    ?disabled=${options.disabled === true}
  />`;
  const affixed =
    options.prefix || options.suffix
      ? html`<div class="govuk-input__wrapper">
          ${options.prefix ? html`<div class="govuk-input__prefix" aria-hidden="true">${options.prefix}</div>` : nothing}${input}${options.suffix ? html`<div class="govuk-input__suffix" aria-hidden="true">${options.suffix}</div>` : nothing}
        </div>`
      : input;
  return html`<div class="govuk-form-group${options.errorMessage ? ' govuk-form-group--error' : ''}">
    ${labelTemplate(options.id, options.label)} ${hintTemplate(`${options.id}-hint`, options.hint)}
    ${errorMessageTemplate(`${options.id}-error`, options.errorMessage, t)} ${affixed}
  </div>`;
}
