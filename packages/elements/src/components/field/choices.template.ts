import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '@civicbricks/core/i18n';
import { attributesMarker, type GovukAttributes } from '../../lib/govuk-attributes.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import type { ChoicesMessageKey } from './choices.messages.js';
import type { ChoiceDivider } from './choices.options.js';
import {
  classNames,
  describedBy,
  errorMessageTemplate,
  hasFieldText,
  hintTemplate,
  type FieldTextOptions,
  type HintOption,
} from './field.template.js';
import { fieldsetTemplate, type LegendOptions } from './fieldset.template.js';

/** What the shared template needs of one answer; checkboxes add `behaviour` and `name`. */
export interface ChoiceItem {
  readonly value: string;
  readonly text?: string | undefined;
  /** GOV.UK's `html` label, sanitised. */
  readonly html?: string | undefined;
  readonly hint?: HintOption | undefined;
  readonly id?: string | undefined;
  readonly label?: { readonly classes?: string | undefined; readonly attributes?: GovukAttributes | undefined } | undefined;
  readonly conditional?: { readonly text?: string | undefined; readonly html?: string | false | undefined } | undefined;
  readonly disabled?: boolean | undefined;
  readonly behaviour?: 'exclusive' | undefined;
  readonly name?: string | undefined;
  readonly attributes?: GovukAttributes | undefined;
}

interface Slot {
  readonly text?: string | undefined;
  readonly html?: string | undefined;
}

/** Options both kinds of choice take, after each kind has said which answers are chosen. */
export interface ChoicesTemplateOptions {
  readonly idPrefix?: string | undefined;
  readonly name: string;
  readonly fieldset?:
    | {
        readonly legend?: LegendOptions | undefined;
        readonly describedBy?: string | undefined;
        readonly classes?: string | undefined;
        readonly role?: string | undefined;
        readonly attributes?: GovukAttributes | undefined;
      }
    | undefined;
  readonly items: readonly (ChoiceItem | ChoiceDivider)[];
  readonly hint?: HintOption | undefined;
  readonly errorMessage?: string | (FieldTextOptions & { readonly visuallyHiddenText?: string | false | undefined }) | undefined;
  readonly describedBy?: string | undefined;
  readonly classes?: string | undefined;
  readonly attributes?: GovukAttributes | undefined;
  readonly formGroup?:
    | {
        readonly classes?: string | undefined;
        readonly attributes?: GovukAttributes | undefined;
        readonly beforeInputs?: Slot | undefined;
        readonly afterInputs?: Slot | undefined;
      }
    | undefined;
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

function slot(content: Slot | undefined): unknown {
  return content && (content.text || content.html) ? textOrHtml(content) : nothing;
}

function itemHint(id: string, hint: HintOption, block: string): TemplateResult | typeof nothing {
  const options = typeof hint === 'string' ? { text: hint } : hint;
  return hintTemplate(id, { ...options, id, classes: classNames(`${block}__hint`, options.classes) });
}

/**
 * GOV.UK radios or checkboxes: a fieldset whose legend asks the question (GOV.UK makes the fieldset optional), then
 * one native input per answer. `enhanced` is false for the server render: without JavaScript every conditional answer
 * stays visible, so, as govuk-frontend does, the input only names it in `data-aria-controls`; the element promotes it
 * to `aria-controls`.
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
  const hasHint = hasFieldText(options.hint);
  const hasError = hasFieldText(options.errorMessage);
  const hasFieldset = options.fieldset !== undefined;
  // GOV.UK's order: the service's own ids, then the hint, then the error.
  const first = options.fieldset?.describedBy ?? options.describedBy;
  const groupDescribedBy = describedBy(first, hasHint && `${prefix}-hint`, hasError && `${prefix}-error`);
  // Without a fieldset to carry the description, GOV.UK's checkboxes describe each input by it; radios describe none.
  const itemDescribedBy = kind === 'checkboxes' && !hasFieldset ? groupDescribedBy : undefined;
  const items = options.items.map((item, index) => {
    if (isDivider(item)) return html`<div class="${block}__divider">${item.divider === true ? t('divider') : item.divider}</div>`;
    const id = choiceId(options, item, index + 1);
    const checked = options.isChecked(item.value);
    const hasConditional = Boolean(item.conditional && (item.conditional.text || item.conditional.html));
    const conditionalId = hasConditional ? `conditional-${id}` : undefined;
    const expanded = kind === 'checkboxes' && enhanced && conditionalId ? String(checked) : undefined;
    const hasItemHint = hasFieldText(item.hint);
    return html`<div class="${block}__item">
        <input
          class="${block}__input"
          id=${id}
          name=${item.name ?? options.name}
          type=${kind === 'radios' ? 'radio' : 'checkbox'}
          value=${item.value}
          ?checked=${checked}
          ?disabled=${item.disabled === true}
          data-aria-controls=${ifDefined(enhanced ? undefined : conditionalId)}
          aria-controls=${ifDefined(enhanced ? conditionalId : undefined)}
          aria-expanded=${ifDefined(expanded)}
          data-behaviour=${ifDefined(item.behaviour)}
          aria-describedby=${ifDefined(describedBy(itemDescribedBy, hasItemHint && `${id}-item-hint`))}
          data-civic-attributes=${ifDefined(attributesMarker(item.attributes))}
        />
        <label
          class=${classNames('govuk-label', `${block}__label`, item.label?.classes)}
          for=${id}
          data-civic-attributes=${ifDefined(attributesMarker(item.label?.attributes))}
          >${textOrHtml(item)}</label
        >
        ${hasItemHint && item.hint !== undefined ? itemHint(`${id}-item-hint`, item.hint, block) : nothing}
      </div>
      ${
        hasConditional && item.conditional
          ? html`<div class="${block}__conditional${checked ? '' : ` ${block}__conditional--hidden`}" id=${`conditional-${id}`}>
              ${textOrHtml(item.conditional)}
            </div>`
          : nothing
      }`;
  });
  const classes = classNames(block, ...options.modifiers.map((modifier) => `${block}--${modifier}`), options.classes);
  const inner = html`${hintTemplate(`${prefix}-hint`, options.hint)} ${errorMessageTemplate(`${prefix}-error`, options.errorMessage, t)}
    <div class=${classes} data-module=${block} data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}>
      ${slot(options.formGroup?.beforeInputs)}${items}${slot(options.formGroup?.afterInputs)}
    </div>`;
  return html`<div
    class=${classNames('govuk-form-group', hasError && 'govuk-form-group--error', options.formGroup?.classes)}
    data-civic-attributes=${ifDefined(attributesMarker(options.formGroup?.attributes))}
  >
    ${
      options.fieldset
        ? fieldsetTemplate(options.fieldset.legend, groupDescribedBy, inner, options.fieldset.role, {
            classes: options.fieldset.classes,
            attributes: options.fieldset.attributes,
          })
        : inner
    }
  </div>`;
}
