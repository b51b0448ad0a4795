import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Translator } from '@civicbricks/core/i18n';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { classNames, describedBy, errorMessageTemplate, hasFieldText, hintTemplate } from '../field/field.template.js';
import { fieldsetTemplate } from '../field/fieldset.template.js';
import { formGroupSlot } from '../textarea/textarea.template.js';
import type { DateInputMessageKey } from './date-input.messages.js';
import type { DateInputItem, DateInputOptions } from './date-input.options.js';
import { dateParts, type DatePart } from './date-input.parts.js';

/** Whether a part gets the error border: the named parts when the error names any, otherwise all three with an error. */
export function dateInputPartInError(options: Pick<DateInputOptions, 'errorItems' | 'errorMessage'>, part: DatePart): boolean {
  return options.errorItems && options.errorItems.length > 0 ? options.errorItems.includes(part) : hasFieldText(options.errorMessage);
}

/** The part an error summary link should point at: the first part in error, or the day. */
export function dateInputErrorTarget(options: Pick<DateInputOptions, 'id' | 'errorItems' | 'errorMessage'>): string {
  return `${options.id}-${dateParts.find((part) => dateInputPartInError(options, part)) ?? 'day'}`;
}

function partItem(options: DateInputOptions, part: DatePart): DateInputItem | undefined {
  const item = options[part];
  return item === false ? undefined : item;
}

function partOf(options: DateInputOptions, name: string | undefined): DatePart | undefined {
  return dateParts.find((part) => name === part || (name !== undefined && name === partItem(options, part)?.name));
}

function hasErrorClass(item: DateInputItem): boolean {
  return item.classes?.split(/\s+/).includes('govuk-input--error') ?? false;
}

/**
 * The GOV.UK date input: three numeric text inputs in a fieldset. The fieldset carries `role="group"`, as
 * govuk-frontend's does, because JAWS does not announce a plain fieldset's description when it holds text inputs.
 * The inputs are `type="text"` with `inputmode="numeric"`: `type="number"` would drop leading zeros and let a
 * scroll wheel change the date. GOV.UK's `items` (or `day`, `month`, `year`) change the inputs as its macro does.
 */
export function dateInputTemplate(options: DateInputOptions, t: Translator<DateInputMessageKey>): TemplateResult {
  const hasHint = hasFieldText(options.hint);
  const hasError = hasFieldText(options.errorMessage);
  const byErrorItems = options.errorItems && options.errorItems.length > 0;
  // GOV.UK's `items`, or the usual three, each changed by `day`, `month` or `year` where given (`false` leaves it out).
  const items: { readonly item: DateInputItem; readonly part?: DatePart | undefined }[] =
    options.items && options.items.length > 0
      ? options.items.map((item) => ({ item, part: partOf(options, item.name) }))
      : dateParts.flatMap((part) =>
          options[part] === false
            ? []
            : [{ item: partItem(options, part) ?? { error: byErrorItems ? options.errorItems?.includes(part) : undefined }, part }],
        );
  const anyItemHasError = items.some(({ item }) => item.error === true || hasErrorClass(item));
  const namePrefix = options.namePrefix ? `${options.namePrefix}-` : '';
  const inputs = items.map(({ item, part }) => {
    const name = item.name ?? part ?? '';
    const id = item.id ?? `${options.id}-${name}`;
    const value =
      item.value ?? (part ? (partItem(options, part)?.value ?? options.values?.[part]) : undefined) ?? options.values?.[namePrefix + name];
    const inError = !hasErrorClass(item) && (item.error === true || (item.error !== false && hasError && !anyItemHasError));
    const width = item.classes?.includes('govuk-input--width-') ? undefined : `govuk-input--width-${part === 'year' ? 4 : 2}`;
    const label = item.label ?? (part ? t(part) : name.charAt(0).toUpperCase() + name.slice(1));
    const autocomplete = item.autocomplete ?? (options.dateOfBirth && part ? `bday-${part}` : undefined);
    return html`<div class="govuk-date-input__item">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-date-input__label" for=${id}>${label}</label>
        <input
          class=${classNames('govuk-input govuk-date-input__input', inError && 'govuk-input--error', width, item.classes)}
          id=${id}
          name=${namePrefix + name}
          type="text"
          inputmode=${item.inputmode ?? 'numeric'}
          .value=${live(value ?? '')}
          autocomplete=${ifDefined(autocomplete)}
          pattern=${ifDefined(item.pattern)}
          data-civic-attributes=${ifDefined(attributesMarker(item.attributes))}
        />
      </div>
    </div>`;
  });
  const inner = html`${hintTemplate(`${options.id}-hint`, options.hint)}
    ${errorMessageTemplate(`${options.id}-error`, options.errorMessage, t)}
    <div
      class=${classNames('govuk-date-input', options.classes)}
      id=${options.id}
      data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
    >
      ${formGroupSlot(options.formGroup?.beforeInputs)}${inputs}${formGroupSlot(options.formGroup?.afterInputs)}
    </div>`;
  return html`<div
    class=${classNames('govuk-form-group', hasError && 'govuk-form-group--error', options.formGroup?.classes)}
    data-civic-attributes=${ifDefined(attributesMarker(options.formGroup?.attributes))}
  >
    ${
      options.fieldset
        ? fieldsetTemplate(
            options.fieldset.legend,
            describedBy(options.fieldset.describedBy, hasHint && `${options.id}-hint`, hasError && `${options.id}-error`),
            inner,
            'group',
            { classes: options.fieldset.classes, attributes: options.fieldset.attributes },
          )
        : inner
    }
  </div>`;
}
