import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../../messages.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import { classNames, describedBy, errorMessageTemplate, hasFieldText, hintTemplate, labelTemplate } from '../field/field.template.js';
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
  const id = options.id ?? options.name;
  const hintId = hasFieldText(options.hint) ? `${id}-hint` : undefined;
  const error = hasFieldText(options.errorMessage);
  const errorId = error ? `${id}-error` : undefined;
  const classes = classNames('govuk-textarea', (error || extras.showError) && 'govuk-textarea--error', extras.extraClass, options.classes);
  const spellcheck = options.spellcheck === undefined ? undefined : String(options.spellcheck);
  // The value is a live property, not content: the server render function writes it as content (withTextareaValue).
  return html`<textarea
    class=${classes}
    id=${id}
    name=${options.name}
    rows=${options.rows ?? 5}
    spellcheck=${ifDefined(spellcheck)}
    ?disabled=${options.disabled === true}
    aria-describedby=${ifDefined(describedBy(extras.describedByFirst, options.describedBy, hintId, errorId))}
    autocomplete=${ifDefined(options.autocomplete)}
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
    .value=${live(options.value ?? '')}
  ></textarea>`;
}

/** GOV.UK's content before and after the control inside its form group. */
export function formGroupSlot(content: { readonly text?: string | undefined; readonly html?: string | undefined } | undefined): unknown {
  return content && (content.text || content.html) ? textOrHtml(content) : nothing;
}

/** The GOV.UK textarea: form group, label, hint, error message and the native textarea, in one tree. */
export function textareaTemplate(options: TextareaOptions, t: Translate): TemplateResult {
  const id = options.id ?? options.name;
  return html`<div
    class=${classNames('govuk-form-group', hasFieldText(options.errorMessage) && 'govuk-form-group--error', options.formGroup?.classes)}
    data-civic-attributes=${ifDefined(attributesMarker(options.formGroup?.attributes))}
  >
    ${labelTemplate(id, options.label)} ${hintTemplate(`${id}-hint`, options.hint)}
    ${errorMessageTemplate(`${id}-error`, options.errorMessage, t)} ${formGroupSlot(options.formGroup?.beforeInput)}
    ${textareaControl(options)} ${formGroupSlot(options.formGroup?.afterInput)}
  </div>`;
}
