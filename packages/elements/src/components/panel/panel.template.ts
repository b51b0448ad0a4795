import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { headingTemplate } from '../../lib/heading.js';
import { safeUrl } from '../../lib/safe-url.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import { buttonTemplate } from '../button/button.template.js';
import { classNames } from '../field/field.template.js';
import type { PanelOptions } from './panel.options.js';

type Action = NonNullable<NonNullable<PanelOptions['actions']>['items']>[number];

function actionTemplate(action: Action): TemplateResult {
  // As GOV.UK: a link unless it has no href or says it is a button, then an inverse button.
  if (!action.href || action.type === 'button') {
    return buttonTemplate({
      text: action.text,
      type: action.type ?? 'button',
      href: action.href,
      classes: classNames('govuk-button--inverse', action.classes),
      attributes: action.attributes,
    });
  }
  return html`<a
    class=${classNames('govuk-link govuk-link--inverse', action.classes)}
    href=${safeUrl(action.href)}
    data-civic-attributes=${ifDefined(attributesMarker(action.attributes))}
    >${action.text}</a
  >`;
}

/** The GOV.UK panel: the confirmation that a transaction is complete, or (`govuk-panel--interruption`) an interruption. */
export function panelTemplate(options: PanelOptions): TemplateResult {
  const interruption = options.classes?.split(/\s+/).includes('govuk-panel--interruption') ?? false;
  const title = options.titleHtml ? textOrHtml({ html: options.titleHtml }) : options.titleText;
  const hasBody = Boolean(options.text || options.html);
  const actions = options.actions;
  return html`<div
    class=${classNames('govuk-panel', !interruption && 'govuk-panel--confirmation', options.classes)}
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
  >
    ${headingTemplate(options.headingLevel ?? 1, 'govuk-panel__title', title)}
    ${hasBody ? html`<div class="govuk-panel__body">${textOrHtml(options)}</div>` : nothing}
    ${
      interruption && actions
        ? html`<div
            class=${classNames('govuk-panel__actions', actions.classes)}
            data-civic-attributes=${ifDefined(attributesMarker(actions.attributes))}
          >
            ${actions.items && actions.items.length > 0 ? html`<div class="govuk-button-group">${actions.items.map(actionTemplate)}</div>` : nothing}
          </div>`
        : nothing
    }
  </div>`;
}
