import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '@civicbricks/core/i18n';
import type { ChoicesMessageKey } from './choices.messages.js';
import type { ChoiceDivider } from './choices.options.js';
import { describedBy, errorMessageTemplate, hintTemplate } from './field.template.js';
import { fieldsetTemplate, type LegendOptions } from './fieldset.template.js';

/** What the shared template needs of one answer; checkboxes add `behaviour`. */
export interface ChoiceItem {
  readonly value: string;
  readonly text: string;
  readonly hint?: string | undefined;
  readonly id?: string | undefined;
  readonly conditional?: { readonly text: string } | undefined;
  readonly disabled?: boolean | undefined;
  readonly behaviour?: 'exclusive' | undefined;
}

/** Options both kinds of choice take, after each kind has said which answers are chosen. */
export interface ChoicesTemplateOptions {
  readonly idPrefix?: string | undefined;
  readonly name: string;
  readonly fieldset: { readonly legend: LegendOptions };
  readonly items: readonly (ChoiceItem | ChoiceDivider)[];
  readonly hint?: string | undefined;
  readonly errorMessage?: string | undefined;
  /** Extra modifier classes on the `govuk-radios` or `govuk-checkboxes` block, such as `--inline`. */
  readonly modifiers: readonly string[];
  readonly isChecked: (value: string) => boolean;
}

export function isDivider(item: ChoiceItem | ChoiceDivider): item is ChoiceDivider {
  return 'divider' in item;
}

/** GOV.UK's ids: the first input gets the bare prefix, so the error summary can link to it; the rest `-2`, `-3`… by position. */
export function choiceId(
  options: { readonly idPrefix?: string | undefined; readonly name: string },
  item: ChoiceItem,
  position: number,
): string {
  const prefix = options.idPrefix ?? options.name;
  return item.id ?? (position > 1 ? `${prefix}-${position}` : prefix);
}

/**
 * GOV.UK radios or checkboxes: a fieldset whose legend asks the question, then one native input per answer.
 * `enhanced` is false for the server render: without JavaScript every conditional answer stays visible, so, as
 * govuk-frontend does, the input only names it in `data-aria-controls`; the element promotes it to `aria-controls`.
 *
 * `aria-expanded` goes on checkboxes only: ARIA does not allow it on role radio and axe fails it as critical
 * (govuk-frontend keeps it on radios knowingly: alphagov/govuk-frontend#979). Our tests require axe-clean markup,
 * so a radio's reveal is announced through its checked state and the content's position instead.
 */
export function choicesTemplate(
  kind: 'radios' | 'checkboxes',
  options: ChoicesTemplateOptions,
  t: Translator<ChoicesMessageKey>,
  enhanced: boolean,
): TemplateResult {
  const block = `govuk-${kind}`;
  const prefix = options.idPrefix ?? options.name;
  const hintId = options.hint ? `${prefix}-hint` : undefined;
  const errorId = options.errorMessage ? `${prefix}-error` : undefined;
  const items = options.items.map((item, index) => {
    if (isDivider(item)) return html`<div class="${block}__divider">${item.divider === true ? t('divider') : item.divider}</div>`;
    const id = choiceId(options, item, index + 1);
    const checked = options.isChecked(item.value);
    const conditionalId = item.conditional ? `conditional-${id}` : undefined;
    const expanded = kind === 'checkboxes' && enhanced && conditionalId ? String(checked) : undefined;
    return html`<div class="${block}__item">
        <input
          class="${block}__input"
          id=${id}
          name=${options.name}
          type=${kind === 'radios' ? 'radio' : 'checkbox'}
          value=${item.value}
          ?checked=${checked}
          ?disabled=${item.disabled === true}
          data-aria-controls=${ifDefined(enhanced ? undefined : conditionalId)}
          aria-controls=${ifDefined(enhanced ? conditionalId : undefined)}
          aria-expanded=${ifDefined(expanded)}
          data-behaviour=${ifDefined(item.behaviour)}
          aria-describedby=${ifDefined(item.hint ? `${id}-item-hint` : undefined)}
        />
        <label class="govuk-label ${block}__label" for=${id}>${item.text}</label>
        ${item.hint ? html`<div id=${`${id}-item-hint`} class="govuk-hint ${block}__hint">${item.hint}</div>` : nothing}
      </div>
      ${
        item.conditional
          ? html`<div class="${block}__conditional${checked ? '' : ` ${block}__conditional--hidden`}" id=${`conditional-${id}`}>
              ${item.conditional.text}
            </div>`
          : nothing
      }`;
  });
  const classes = [block, ...options.modifiers.map((modifier) => `${block}--${modifier}`)].join(' ');
  return html`<div class="govuk-form-group${options.errorMessage ? ' govuk-form-group--error' : ''}">
    ${fieldsetTemplate(
      options.fieldset.legend,
      describedBy(hintId, errorId),
      html`${hintTemplate(`${prefix}-hint`, options.hint)} ${errorMessageTemplate(`${prefix}-error`, options.errorMessage, t)}
        <div class=${classes} data-module=${block}>${items}</div>`,
    )}
  </div>`;
}
