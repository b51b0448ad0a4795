import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '@civicbricks/core/i18n';
import type { ChoicesMessageKey } from '../field/choices.messages.js';
import { describedBy, errorMessageTemplate, hintTemplate } from '../field/field.template.js';
import { fieldsetTemplate } from '../field/fieldset.template.js';
import type { RadioDivider, RadioItem, RadiosOptions } from './radios.options.js';

export function isDivider(item: RadioDivider | RadioItem): item is RadioDivider {
  return 'divider' in item;
}

/** GOV.UK's ids: the first radio gets the bare prefix, so the error summary can link to it; the rest `-2`, `-3`… by position. */
export function radioId(options: Pick<RadiosOptions, 'idPrefix' | 'name'>, item: RadioItem, position: number): string {
  const prefix = options.idPrefix ?? options.name;
  return item.id ?? (position > 1 ? `${prefix}-${position}` : prefix);
}

/**
 * The GOV.UK radios: a fieldset whose legend asks the question, then one native radio per option. `enhanced` is
 * false for the server render: without JavaScript every conditional answer stays visible, so, as govuk-frontend
 * does, the radio only names it in `data-aria-controls`; the element promotes it to `aria-controls`.
 *
 * Unlike govuk-frontend, no `aria-expanded` on the radio: ARIA does not allow it on role radio and axe fails it as
 * critical (govuk-frontend keeps it knowingly: alphagov/govuk-frontend#979). Our Storybook and tests require
 * axe-clean markup, so the reveal is announced through the checked state and the content's position instead.
 */
export function radiosTemplate(options: RadiosOptions, t: Translator<ChoicesMessageKey>, enhanced = false): TemplateResult {
  const prefix = options.idPrefix ?? options.name;
  const hintId = options.hint ? `${prefix}-hint` : undefined;
  const errorId = options.errorMessage ? `${prefix}-error` : undefined;
  const classes = `govuk-radios${options.inline ? ' govuk-radios--inline' : ''}${options.small ? ' govuk-radios--small' : ''}`;
  const items = options.items.map((item, index) => {
    if (isDivider(item)) return html`<div class="govuk-radios__divider">${item.divider === true ? t('divider') : item.divider}</div>`;
    const id = radioId(options, item, index + 1);
    const checked = options.value !== undefined && options.value !== '' && item.value === options.value;
    const conditionalId = item.conditional ? `conditional-${id}` : undefined;
    const itemHintId = item.hint ? `${id}-item-hint` : undefined;
    return html`<div class="govuk-radios__item">
        <input
          class="govuk-radios__input"
          id=${id}
          name=${options.name}
          type="radio"
          value=${item.value}
          ?checked=${checked}
          ?disabled=${item.disabled === true}
          data-aria-controls=${ifDefined(enhanced ? undefined : conditionalId)}
          aria-controls=${ifDefined(enhanced ? conditionalId : undefined)}
          aria-describedby=${ifDefined(itemHintId)}
        />
        <label class="govuk-label govuk-radios__label" for=${id}>${item.text}</label>
        ${item.hint ? html`<div id=${`${id}-item-hint`} class="govuk-hint govuk-radios__hint">${item.hint}</div>` : nothing}
      </div>
      ${
        item.conditional
          ? html`<div class="govuk-radios__conditional${checked ? '' : ' govuk-radios__conditional--hidden'}" id=${`conditional-${id}`}>
              ${item.conditional.text}
            </div>`
          : nothing
      }`;
  });
  return html`<div class="govuk-form-group${options.errorMessage ? ' govuk-form-group--error' : ''}">
    ${fieldsetTemplate(
      options.fieldset.legend,
      describedBy(hintId, errorId),
      html`${hintTemplate(`${prefix}-hint`, options.hint)} ${errorMessageTemplate(`${prefix}-error`, options.errorMessage, t)}
        <div class=${classes} data-module="govuk-radios">${items}</div>`,
    )}
  </div>`;
}
