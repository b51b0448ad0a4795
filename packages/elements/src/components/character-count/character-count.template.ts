import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '@civicbricks/core/i18n';
import { errorMessageTemplate, hintTemplate, labelTemplate } from '../field/field.template.js';
import { textareaControl } from '../textarea/textarea.template.js';
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

/** How much of the limit a value uses: characters, or words as govuk-frontend counts them for `maxwords`. */
export function countOf(options: Pick<CharacterCountOptions, 'maxwords'>, value: string): number {
  return options.maxwords !== undefined ? (value.match(/\S+/g)?.length ?? 0) : value.length;
}

function limitOf(options: CharacterCountOptions): number {
  return options.maxwords ?? options.maxlength ?? Number.POSITIVE_INFINITY;
}

/** "You have 3 characters remaining", "You have 1 word too many", as govuk-frontend words them. */
export function countMessage(options: CharacterCountOptions, value: string, t: Translator<CharacterCountMessageKey>): string {
  const remaining = limitOf(options) - countOf(options, value);
  const words = options.maxwords !== undefined;
  if (remaining === 0) return t(words ? 'wordsAtLimit' : 'charactersAtLimit');
  if (remaining > 0) return t(words ? 'wordsUnderLimit' : 'charactersUnderLimit', { count: remaining });
  return t(words ? 'wordsOverLimit' : 'charactersOverLimit', { count: -remaining });
}

function isOverThreshold(options: CharacterCountOptions, value: string): boolean {
  if (!options.threshold) return true;
  return (limitOf(options) * options.threshold) / 100 <= countOf(options, value);
}

/** The GOV.UK character count: a textarea whose limit is reported as the person types, never enforced. */
export function characterCountTemplate(
  options: CharacterCountOptions,
  t: Translator<CharacterCountMessageKey>,
  live?: CharacterCountLiveState,
): TemplateResult {
  const infoId = `${options.id}-info`;
  const words = options.maxwords !== undefined;
  const description = t(words ? 'textareaDescriptionWords' : 'textareaDescriptionCharacters', { count: limitOf(options) });
  const over = live !== undefined && countOf(options, live.value) > limitOf(options);
  const hasError = options.errorMessage !== undefined && options.errorMessage !== '';
  const statusClasses = live
    ? `govuk-character-count__message govuk-character-count__status ${over ? 'govuk-error-message' : 'govuk-hint'}${
        isOverThreshold(options, live.value) ? '' : ' govuk-character-count__message--disabled'
      }`
    : '';
  return html`<div
    class="govuk-form-group govuk-character-count${hasError ? ' govuk-form-group--error' : ''}"
    data-module="govuk-character-count"
    data-maxlength=${ifDefined(options.maxlength)}
    data-maxwords=${ifDefined(options.maxwords)}
    data-threshold=${ifDefined(options.threshold)}
    data-count-type=${ifDefined(words ? 'words' : undefined)}
  >
    ${labelTemplate(options.id, options.label)} ${hintTemplate(`${options.id}-hint`, options.hint)}
    ${errorMessageTemplate(`${options.id}-error`, options.errorMessage, t)}
    ${textareaControl(options, {
      extraClass: 'govuk-js-character-count',
      showError: over && !hasError,
      describedByFirst: infoId,
    })}
    <div id=${infoId} class="govuk-hint govuk-character-count__message${live ? ' govuk-visually-hidden' : ''}">${description}</div>
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
