import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translate } from '../../messages.js';
import { describedBy, errorMessageTemplate, hintTemplate, labelTemplate } from '../field/field.template.js';
import type { SelectOptions } from './select.options.js';

/**
 * The GOV.UK select: form group, label, hint, error message and the native select, in one tree. The choice is marked
 * with `selected` on its option (not a `.value` binding on the select), because Lit sets the select's properties before
 * its options exist, and the server renderer drops property bindings altogether.
 */
export function selectTemplate(options: SelectOptions, t: Translate): TemplateResult {
  const id = options.id ?? options.name;
  const hintId = options.hint ? `${id}-hint` : undefined;
  const errorId = options.errorMessage ? `${id}-error` : undefined;
  const chosen = options.value !== undefined && options.value !== '' ? options.value : undefined;
  return html`<div class="govuk-form-group${options.errorMessage ? ' govuk-form-group--error' : ''}">
    ${labelTemplate(id, options.label)} ${hintTemplate(`${id}-hint`, options.hint)}
    ${errorMessageTemplate(`${id}-error`, options.errorMessage, t)}
    <select
      class="govuk-select${options.errorMessage ? ' govuk-select--error' : ''}"
      id=${id}
      name=${options.name}
      aria-describedby=${ifDefined(describedBy(hintId, errorId))}
      ?disabled=${options.disabled === true}
    >
      ${options.items.map(
        (item) =>
          html`<option value=${item.value} ?selected=${item.value === chosen} ?disabled=${item.disabled === true}>${item.text}</option>`,
      )}
    </select>
  </div>`;
}
