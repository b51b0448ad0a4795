import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translate } from '../../messages.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { classNames, describedBy, errorMessageTemplate, hasFieldText, hintTemplate, labelTemplate } from '../field/field.template.js';
import { formGroupSlot } from '../textarea/textarea.template.js';
import type { SelectOptions } from './select.options.js';

/**
 * The GOV.UK select: form group, label, hint, error message and the native select, in one tree. The choice is marked
 * with `selected` on its option (not a `.value` binding on the select), because Lit sets the select's properties before
 * its options exist, and the server renderer drops property bindings altogether.
 */
export function selectTemplate(options: SelectOptions, t: Translate): TemplateResult {
  const id = options.id ?? options.name;
  const hasHint = hasFieldText(options.hint);
  const hasError = hasFieldText(options.errorMessage);
  const chosen = options.value !== undefined && options.value !== '' ? options.value : undefined;
  return html`<div
    class=${classNames('govuk-form-group', hasError && 'govuk-form-group--error', options.formGroup?.classes)}
    data-civic-attributes=${ifDefined(attributesMarker(options.formGroup?.attributes))}
  >
    ${labelTemplate(id, options.label)} ${hintTemplate(`${id}-hint`, options.hint)}
    ${errorMessageTemplate(`${id}-error`, options.errorMessage, t)} ${formGroupSlot(options.formGroup?.beforeInput)}
    <select
      class=${classNames('govuk-select', options.classes, hasError && 'govuk-select--error')}
      id=${id}
      name=${options.name}
      ?disabled=${options.disabled === true}
      aria-describedby=${ifDefined(describedBy(options.describedBy, hasHint && `${id}-hint`, hasError && `${id}-error`))}
      data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
    >
      ${options.items.map(
        (item) =>
          html`<option
            value=${ifDefined(item.value)}
            ?selected=${(item.value ?? item.text) === chosen}
            ?disabled=${item.disabled === true}
            data-civic-attributes=${ifDefined(attributesMarker(item.attributes))}
          >
            ${item.text}
          </option>`,
      )}
    </select>
    ${formGroupSlot(options.formGroup?.afterInput)}
  </div>`;
}
