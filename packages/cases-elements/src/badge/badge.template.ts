import { html, nothing, type TemplateResult } from 'lit';
import type { BadgeOptions } from './badge.options.js';

/** The MOJ badge: a short, outlined label such as "Urgent" or a count, never a link or a button. */
export function badgeTemplate(options: BadgeOptions): TemplateResult {
  const classes = `moj-badge${options.colour ? ` moj-badge--${options.colour}` : ''}${options.large ? ' moj-badge--large' : ''}`;
  return html`<span class=${classes}
    >${options.text}${options.visuallyHiddenText ? html` <span class="govuk-visually-hidden">${options.visuallyHiddenText}</span>` : nothing}</span
  >`;
}
