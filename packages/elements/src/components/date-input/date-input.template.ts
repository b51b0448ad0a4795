import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Translator } from '@civicbricks/core/i18n';
import { describedBy, errorMessageTemplate, hintTemplate } from '../field/field.template.js';
import { fieldsetTemplate } from '../field/fieldset.template.js';
import type { DateInputMessageKey } from './date-input.messages.js';
import type { DateInputOptions } from './date-input.options.js';
import { dateParts, type DatePart } from './date-input.parts.js';

/** Whether a part gets the error border: the named parts when the error names any, otherwise all three with an error. */
export function dateInputPartInError(options: Pick<DateInputOptions, 'errorItems' | 'errorMessage'>, part: DatePart): boolean {
  return options.errorItems && options.errorItems.length > 0 ? options.errorItems.includes(part) : Boolean(options.errorMessage);
}

/** The part an error summary link should point at: the first part in error, or the day. */
export function dateInputErrorTarget(options: Pick<DateInputOptions, 'id' | 'errorItems' | 'errorMessage'>): string {
  return `${options.id}-${dateParts.find((part) => dateInputPartInError(options, part)) ?? 'day'}`;
}

/**
 * The GOV.UK date input: three numeric text inputs in a fieldset. The fieldset carries `role="group"`, as
 * govuk-frontend's does, because JAWS does not announce a plain fieldset's description when it holds text inputs.
 * The inputs are `type="text"` with `inputmode="numeric"`: `type="number"` would drop leading zeros and let a
 * scroll wheel change the date.
 */
export function dateInputTemplate(options: DateInputOptions, t: Translator<DateInputMessageKey>): TemplateResult {
  const hintId = options.hint ? `${options.id}-hint` : undefined;
  const errorId = options.errorMessage ? `${options.id}-error` : undefined;
  const parts = dateParts.map((part) => {
    const id = `${options.id}-${part}`;
    const classes = `govuk-input govuk-date-input__input${dateInputPartInError(options, part) ? ' govuk-input--error' : ''} govuk-input--width-${part === 'year' ? 4 : 2}`;
    return html`<div class="govuk-date-input__item">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-date-input__label" for=${id}>${t(part)}</label>
        <input
          class=${classes}
          id=${id}
          name=${options.namePrefix ? `${options.namePrefix}-${part}` : part}
          type="text"
          inputmode="numeric"
          .value=${live(options.values?.[part] ?? '')}
          autocomplete=${ifDefined(options.dateOfBirth ? `bday-${part}` : undefined)}
        />
      </div>
    </div>`;
  });
  return html`<div class="govuk-form-group${options.errorMessage ? ' govuk-form-group--error' : ''}">
    ${fieldsetTemplate(
      options.fieldset.legend,
      describedBy(hintId, errorId),
      html`${hintTemplate(`${options.id}-hint`, options.hint)} ${errorMessageTemplate(`${options.id}-error`, options.errorMessage, t)}
        <div class="govuk-date-input" id=${options.id}>${parts}</div>`,
      'group',
    )}
  </div>`;
}
