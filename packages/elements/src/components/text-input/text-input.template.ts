import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../../messages.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import { classNames, describedBy, errorMessageTemplate, hasFieldText, hintTemplate, labelTemplate } from '../field/field.template.js';
import type { TextInputAffix, TextInputOptions, TextInputWidth } from './text-input.options.js';

function widthClass(width: TextInputWidth | undefined): string | undefined {
  if (!width) return undefined;
  return /^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

function affixTemplate(affix: TextInputAffix | undefined, kind: 'prefix' | 'suffix'): TemplateResult | typeof nothing {
  if (affix === undefined || affix === '') return nothing;
  const options = typeof affix === 'string' ? { text: affix } : affix;
  if (!options.text && !options.html) return nothing;
  return html`<div
    class=${classNames(`govuk-input__${kind}`, options.classes)}
    aria-hidden="true"
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
  >
    ${textOrHtml(options)}
  </div>`;
}

/** The GOV.UK text input: form group, label, hint, error message and the native input, in one tree, as GOV.UK's macro writes it. */
export function textInputTemplate(options: TextInputOptions, t: Translate): TemplateResult {
  const id = options.id ?? options.name;
  const hasHint = hasFieldText(options.hint);
  const hasError = hasFieldText(options.errorMessage);
  const groupClasses = classNames('govuk-form-group', hasError && 'govuk-form-group--error', options.formGroup?.classes);
  const inputClasses = classNames('govuk-input', widthClass(options.width), options.classes, hasError && 'govuk-input--error');
  const spellcheck = options.spellcheck === undefined ? undefined : String(options.spellcheck);
  const input = html`<input
    class=${inputClasses}
    id=${id}
    name=${options.name}
    type=${options.type ?? 'text'}
    .value=${live(options.value ?? '')}
    spellcheck=${ifDefined(spellcheck)}
    ?disabled=${options.disabled === true}
    aria-describedby=${ifDefined(describedBy(options.describedBy, hasHint && `${id}-hint`, hasError && `${id}-error`))}
    autocomplete=${ifDefined(options.autocomplete)}
    autocapitalize=${ifDefined(options.autocapitalize)}
    pattern=${ifDefined(options.pattern)}
    inputmode=${ifDefined(options.inputmode)}
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
  />`;
  const before = options.formGroup?.beforeInput;
  const after = options.formGroup?.afterInput;
  const hasBefore = Boolean(before?.text || before?.html);
  const hasAfter = Boolean(after?.text || after?.html);
  const prefix = affixTemplate(options.prefix, 'prefix');
  const suffix = affixTemplate(options.suffix, 'suffix');
  const wrapped =
    prefix !== nothing || suffix !== nothing || hasBefore || hasAfter
      ? html`<div
          class=${classNames('govuk-input__wrapper', options.inputWrapper?.classes)}
          data-civic-attributes=${ifDefined(attributesMarker(options.inputWrapper?.attributes))}
        >
          ${hasBefore ? textOrHtml(before) : nothing}${prefix}${input}${suffix}${hasAfter ? textOrHtml(after) : nothing}
        </div>`
      : input;
  return html`<div class=${groupClasses} data-civic-attributes=${ifDefined(attributesMarker(options.formGroup?.attributes))}>
    ${labelTemplate(id, options.label)} ${hintTemplate(`${id}-hint`, options.hint)}
    ${errorMessageTemplate(`${id}-error`, options.errorMessage, t)} ${wrapped}
  </div>`;
}
