import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../../messages.js';
import { describedBy, errorMessageTemplate, hintTemplate, labelTemplate } from '../field/field.template.js';
import type { TextareaOptions } from './textarea.options.js';

/** What the character count adds to a plain textarea: a class, an error style of its own and a description first. */
export interface TextareaExtras {
  readonly extraClass?: string;
  /** The character count marks the field as an error when over the limit even without an error message. */
  readonly showError?: boolean;
  /** Ids described before the hint, as govuk-frontend's `describedBy` option puts them. */
  readonly describedByFirst?: string;
}

/** The native `<textarea>` alone, so the character count can build its own form group around it. */
export function textareaControl(options: TextareaOptions, extras: TextareaExtras = {}): TemplateResult {
  const hintId = options.hint ? `${options.id}-hint` : undefined;
  const errorId = options.errorMessage ? `${options.id}-error` : undefined;
  const error = options.errorMessage !== undefined && options.errorMessage !== '';
  const classes = `govuk-textarea${error || extras.showError ? ' govuk-textarea--error' : ''}${extras.extraClass ? ` ${extras.extraClass}` : ''}`;
  const spellcheck = options.spellcheck === undefined ? undefined : String(options.spellcheck);
  // The value is a live property, not content: the server render function writes it as content (withTextareaValue).
  return html`<textarea
    class=${classes}
    id=${options.id}
    name=${options.name}
    rows=${options.rows ?? 5}
    spellcheck=${ifDefined(spellcheck)}
    ?disabled=${options.disabled === true}
    aria-describedby=${ifDefined(describedBy(extras.describedByFirst, hintId, errorId))}
    autocomplete=${ifDefined(options.autocomplete)}
    .value=${live(options.value ?? '')}
  ></textarea>`;
}

/** The GOV.UK textarea: form group, label, hint, error message and the native textarea, in one tree. */
export function textareaTemplate(options: TextareaOptions, t: Translate): TemplateResult {
  return html`<div class="govuk-form-group${options.errorMessage ? ' govuk-form-group--error' : ''}">
    ${labelTemplate(options.id, options.label)} ${hintTemplate(`${options.id}-hint`, options.hint)}
    ${errorMessageTemplate(`${options.id}-error`, options.errorMessage, t)} ${textareaControl(options)}
  </div>`;
}
