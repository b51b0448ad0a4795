import { html, type TemplateResult } from 'lit';
import type { PhaseBannerOptions } from './phase-banner.options.js';

/** The GOV.UK phase banner: a tag naming the service's phase, and a line on what that means. */
export function phaseBannerTemplate(options: PhaseBannerOptions): TemplateResult {
  return html`<div class="govuk-phase-banner govuk-width-container">
    <p class="govuk-phase-banner__content">
      <strong class="govuk-tag govuk-phase-banner__content__tag">${options.tag.text}</strong>
      <span class="govuk-phase-banner__text">${options.text}</span>
    </p>
  </div>`;
}
