import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '@civicbricks/core/i18n';
import { safeUrl } from '../../lib/safe-url.js';
import type { ExitThisPageMessageKey } from './exit-this-page.messages.js';
import type { ExitThisPageOptions } from './exit-this-page.options.js';

/** A neutral page, as GOV.UK uses: nothing on it suggests what the person was looking at. */
export const defaultRedirectUrl = 'https://www.bbc.co.uk/weather';

/**
 * What the script adds once it runs, as govuk-frontend's does: the three-light Shift indicator and
 * a hidden status that announces the count. The server renders without it (a plain link works without JavaScript).
 */
export interface ExitThisPageLiveState {
  /** Shift presses so far, 0 to 2. */
  readonly count: number;
  /** What the hidden status says now. */
  readonly status: string;
}

const lights = [0, 1, 2];

/** The GOV.UK exit this page button: a warning button linking to a neutral page. */
export function exitThisPageTemplate(
  options: ExitThisPageOptions,
  t: Translator<ExitThisPageMessageKey>,
  live?: ExitThisPageLiveState,
): TemplateResult {
  const label = options.text ? options.text : html`<span class="govuk-visually-hidden">${t('emergency')}</span> ${t('text')}`;
  const indicator = live
    ? html`<div
        class="govuk-exit-this-page__indicator${live.count > 0 ? ' govuk-exit-this-page__indicator--visible' : ''}"
        aria-hidden="true"
      >
        ${lights.map(
          (light) =>
            html`<div
              class="govuk-exit-this-page__indicator-light${light < live.count ? ' govuk-exit-this-page__indicator-light--on' : ''}"
            ></div>`,
        )}
      </div>`
    : nothing;
  return html`<div id=${ifDefined(options.id)} class="govuk-exit-this-page" data-module="govuk-exit-this-page">
    <a
      href=${safeUrl(options.redirectUrl || defaultRedirectUrl)}
      role="button"
      draggable="false"
      class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button"
      data-module="govuk-button"
      rel="nofollow noreferrer"
      >${label}${indicator}</a
    >${live ? html`<span role="status" class="govuk-visually-hidden">${live.status}</span>` : nothing}
  </div>`;
}
