import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../messages.js';

/** Label sizes from the GOV.UK Design System type scale. */
export type LabelSize = 's' | 'm' | 'l' | 'xl';

export interface LabelOptions {
  readonly text: string;
  readonly size?: LabelSize | undefined;
  /** Wraps the label in an `h1`: for a page that asks one question, GOV.UK makes the label the page heading. */
  readonly isPageHeading?: boolean | undefined;
}

/** The classes of a GOV.UK label, for templates that write the `<label>` inline. */
export function labelClasses(label: LabelOptions): string {
  return `govuk-label${label.size ? ` govuk-label--${label.size}` : ''}`;
}

/** `<label>` tied to its control by `for`; only works because both live in the same (light) DOM tree. */
export function labelTemplate(forId: string, label: LabelOptions): TemplateResult {
  const labelElement = html`<label class=${labelClasses(label)} for=${forId}>${label.text}</label>`;
  return label.isPageHeading ? html`<h1 class="govuk-label-wrapper">${labelElement}</h1>` : labelElement;
}

export function hintTemplate(id: string, text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<div id=${id} class="govuk-hint">${text}</div>` : nothing;
}

/** GOV.UK error message: the visually hidden prefix makes screen readers say "Error:" before the message. */
export function errorMessageTemplate(id: string, text: string | undefined, t: Translate): TemplateResult | typeof nothing {
  return text
    ? // The space goes inside the text node: as a node of its own, Chromium drops it from the accessible description ("Error:Enter…").
      html`<p id=${id} class="govuk-error-message"><span class="govuk-visually-hidden">${t('errorPrefix')}</span>${` ${text}`}</p>`
    : nothing;
}

/** The ids a control's `aria-describedby` lists, hint first then error, as GOV.UK orders them. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return list.length > 0 ? list.join(' ') : undefined;
}
