import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translate } from '../../messages.js';
import { attributesMarker, type GovukAttributes } from '../../lib/govuk-attributes.js';
import { textOrHtml } from '../../lib/sanitise-html.js';

/** Label sizes from the GOV.UK Design System type scale. */
export type LabelSize = 's' | 'm' | 'l' | 'xl';

/** GOV.UK's `{ text }` or `{ html }` pair: `html` is sanitised (see `lib/sanitise-html.ts`) and wins when both are given. */
export interface TextOrHtml {
  readonly text?: string | undefined;
  readonly html?: string | undefined;
}

/** What GOV.UK's hint, label and error message objects share besides their content. */
export interface FieldTextOptions extends TextOrHtml {
  readonly id?: string | undefined;
  readonly classes?: string | undefined;
  readonly attributes?: GovukAttributes | undefined;
}

/** A hint: our plain string, or GOV.UK's hint object. */
export type HintOption = string | FieldTextOptions;

/** An error message: our plain string, or GOV.UK's object, whose `visuallyHiddenText` replaces "Error" (or, `false`, drops it). */
export type ErrorMessageOption = string | (FieldTextOptions & { readonly visuallyHiddenText?: string | false | undefined });

export interface LabelOptions extends TextOrHtml {
  readonly size?: LabelSize | undefined;
  /** Wraps the label in an `h1`: for a page that asks one question, GOV.UK makes the label the page heading. */
  readonly isPageHeading?: boolean | undefined;
  readonly classes?: string | undefined;
  readonly attributes?: GovukAttributes | undefined;
}

/** Joins class names, leaving out the empty ones. */
export function classNames(...names: (string | false | undefined | null)[]): string {
  return names.filter((name): name is string => typeof name === 'string' && name.trim().length > 0).join(' ');
}

/** Whether a hint or error message has anything to show; GOV.UK shows one whenever the option is set. */
export function hasFieldText(option: HintOption | ErrorMessageOption | undefined | null | false): boolean {
  if (option === undefined || option === null || option === false) return false;
  return typeof option === 'string' ? option.length > 0 : true;
}

function asObject<T extends FieldTextOptions>(option: string | T): T | FieldTextOptions {
  return typeof option === 'string' ? { text: option } : option;
}

/** The classes of a GOV.UK label, for templates that write the `<label>` inline. */
export function labelClasses(label: LabelOptions): string {
  return classNames('govuk-label', label.size && `govuk-label--${label.size}`, label.classes);
}

/** `<label>` tied to its control by `for`; only works because both live in the same (light) DOM tree. */
export function labelTemplate(forId: string, label: LabelOptions): TemplateResult {
  const labelElement = html`<label
    class=${labelClasses(label)}
    for=${forId}
    data-civic-attributes=${ifDefined(attributesMarker(label.attributes))}
    >${textOrHtml(label)}</label
  >`;
  return label.isPageHeading ? html`<h1 class="govuk-label-wrapper">${labelElement}</h1>` : labelElement;
}

export function hintTemplate(id: string, hint: HintOption | undefined): TemplateResult | typeof nothing {
  if (!hasFieldText(hint) || hint === undefined) return nothing;
  const options = asObject(hint);
  return html`<div
    id=${options.id ?? id}
    class=${classNames('govuk-hint', options.classes)}
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
  >
    ${textOrHtml(options)}
  </div>`;
}

/** GOV.UK error message: the visually hidden prefix makes screen readers say "Error:" before the message. */
export function errorMessageTemplate(id: string, error: ErrorMessageOption | undefined, t: Translate): TemplateResult | typeof nothing {
  if (!hasFieldText(error) || error === undefined) return nothing;
  const options = typeof error === 'string' ? { text: error } : error;
  const hidden = 'visuallyHiddenText' in options ? options.visuallyHiddenText : undefined;
  const prefix = hidden === undefined ? t('errorPrefix') : hidden === false || hidden === '' ? undefined : `${hidden}:`;
  const content = textOrHtml(options);
  return html`<p
    id=${options.id ?? id}
    class=${classNames('govuk-error-message', options.classes)}
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
  >
    ${
      prefix === undefined
        ? content
        : // The space goes inside the text node: as a node of its own, Chromium drops it from the accessible description ("Error:Enter…").
          html`<span class="govuk-visually-hidden">${prefix}</span>${typeof content === 'string' ? ` ${content}` : html` ${content}`}`
    }
  </p>`;
}

/** The ids a control's `aria-describedby` lists, hint first then error, as GOV.UK orders them. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return list.length > 0 ? list.join(' ') : undefined;
}
