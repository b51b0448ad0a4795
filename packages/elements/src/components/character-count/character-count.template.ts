import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '@civicbricks/core/i18n';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { classNames, errorMessageTemplate, hasFieldText, hintTemplate, labelTemplate } from '../field/field.template.js';
import { formGroupSlot, textareaControl } from '../textarea/textarea.template.js';
import type { CharacterCountMessageKey } from './character-count.messages.js';
import type { CharacterCountOptions } from './character-count.options.js';

/**
 * What the script knows that the server does not. Without it the template renders govuk-frontend's no-JavaScript
 * markup: only "You can enter up to …". With it, the visible count and the screen reader status, as govuk-frontend's
 * script adds them.
 */
export interface CharacterCountLiveState {
  /** The value the visible count is for: updated on every keystroke. */
  readonly value: string;
  /** The value the `aria-live` status is for: updated once typing pauses, so screen readers are not interrupted per key. */
  readonly announcedValue: string;
}

/** Whether the limit counts words: `maxwords`, or GOV.UK's `countType: 'words'` with `maxlength`. */
function countsWords(options: Pick<CharacterCountOptions, 'maxwords' | 'countType'>): boolean {
  return options.maxwords !== undefined || options.countType === 'words';
}

/** How much of the limit a value uses: characters, or words as govuk-frontend counts them for `maxwords`. */
export function countOf(options: Pick<CharacterCountOptions, 'maxwords' | 'countType'>, value: string): number {
  return countsWords(options) ? (value.match(/\S+/g)?.length ?? 0) : value.length;
}

function limitOf(options: CharacterCountOptions): number | undefined {
  return options.maxwords ?? options.maxlength;
}

type Wording = CharacterCountOptions['charactersUnderLimitText'];

/** GOV.UK's own wording option, where the service gave one: its plural form for the count, `%{count}` filled in. */
function govukWording(wording: Wording, count: number, locale: string): string | undefined {
  if (wording === undefined) return undefined;
  const text = typeof wording === 'string' ? wording : (wording[new Intl.PluralRules(locale).select(count)] ?? wording.other);
  return text.replace(/%\{count\}/g, String(count));
}

/** "You have 3 characters remaining", "You have 1 word too many", as govuk-frontend words them, or as the options reword them. */
export function countMessage(options: CharacterCountOptions, value: string, t: Translator<CharacterCountMessageKey>): string {
  const limit = limitOf(options) ?? Number.POSITIVE_INFINITY;
  const remaining = limit - countOf(options, value);
  const words = countsWords(options);
  const locale = t.locale;
  if (remaining === 0)
    return (words ? options.wordsAtLimitText : options.charactersAtLimitText) ?? t(words ? 'wordsAtLimit' : 'charactersAtLimit');
  if (remaining > 0) {
    return (
      govukWording(words ? options.wordsUnderLimitText : options.charactersUnderLimitText, remaining, locale) ??
      t(words ? 'wordsUnderLimit' : 'charactersUnderLimit', { count: remaining })
    );
  }
  return (
    govukWording(words ? options.wordsOverLimitText : options.charactersOverLimitText, -remaining, locale) ??
    t(words ? 'wordsOverLimit' : 'charactersOverLimit', { count: -remaining })
  );
}

function isOverThreshold(options: CharacterCountOptions, value: string): boolean {
  const limit = limitOf(options);
  if (!options.threshold || limit === undefined) return true;
  return (limit * options.threshold) / 100 <= countOf(options, value);
}

// On one line: the no-JavaScript hint's text is read as written, with no white space around it.
const infoTemplate = (id: string, classes: string, description: string): TemplateResult =>
  html`<div id=${id} class=${classes}>${description}</div>`;

/** The GOV.UK character count: a textarea whose limit is reported as the person types, never enforced. */
export function characterCountTemplate(
  options: CharacterCountOptions,
  t: Translator<CharacterCountMessageKey>,
  live?: CharacterCountLiveState,
): TemplateResult {
  const id = options.id ?? options.name;
  const infoId = `${id}-info`;
  const words = countsWords(options);
  const limit = limitOf(options);
  // Without a limit (GOV.UK's script may set one later) the description stays empty, as GOV.UK leaves it.
  const description =
    limit === undefined
      ? ''
      : (options.textareaDescriptionText?.replace(/%\{count\}/g, String(limit)) ??
        t(words ? 'textareaDescriptionWords' : 'textareaDescriptionCharacters', { count: limit }));
  const over = live !== undefined && limit !== undefined && countOf(options, live.value) > limit;
  const hasError = hasFieldText(options.errorMessage);
  const statusClasses = live
    ? classNames(
        'govuk-character-count__message govuk-character-count__status',
        over ? 'govuk-error-message' : 'govuk-hint',
        !isOverThreshold(options, live.value) && 'govuk-character-count__message--disabled',
        options.countMessage?.classes,
      )
    : '';
  return html`<div
    class=${classNames('govuk-form-group govuk-character-count', hasError && 'govuk-form-group--error', options.formGroup?.classes)}
    data-module="govuk-character-count"
    data-maxlength=${ifDefined(options.maxlength)}
    data-maxwords=${ifDefined(options.maxwords)}
    data-threshold=${ifDefined(options.threshold)}
    data-count-type=${ifDefined(options.countType ?? (words ? 'words' : undefined))}
    data-civic-attributes=${ifDefined(attributesMarker(options.formGroup?.attributes))}
  >
    ${labelTemplate(id, options.label)} ${hintTemplate(`${id}-hint`, options.hint)}
    ${errorMessageTemplate(`${id}-error`, options.errorMessage, t)} ${formGroupSlot(options.formGroup?.beforeInput)}
    ${textareaControl(options, {
      extraClass: 'govuk-js-character-count',
      showError: over && !hasError,
      describedByFirst: infoId,
    })}
    ${formGroupSlot(options.formGroup?.afterInput)}
    ${infoTemplate(infoId, classNames('govuk-hint govuk-character-count__message', live && 'govuk-visually-hidden', options.countMessage?.classes), description)}
    ${
      live
        ? html`<div class=${statusClasses} aria-hidden="true">${countMessage(options, live.value, t)}</div>
            <div
              class="govuk-character-count__sr-status govuk-visually-hidden"
              aria-live="polite"
              aria-hidden=${ifDefined(isOverThreshold(options, live.announcedValue) ? undefined : 'true')}
            >
              ${countMessage(options, live.announcedValue, t)}
            </div>`
        : nothing
    }
  </div>`;
}
