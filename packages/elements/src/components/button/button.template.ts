import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { safeUrl } from '../../lib/safe-url.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import type { ButtonOptions } from './button.options.js';

const startIcon = svg`<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path></svg>`;

function buttonClasses(options: ButtonOptions): string {
  let classes = 'govuk-button';
  if (options.variant && options.variant !== 'primary') classes += ` govuk-button--${options.variant}`;
  if (options.isStartButton) classes += ' govuk-button--start';
  return options.classes ? `${classes} ${options.classes}` : classes;
}

/** The GOV.UK button, or a link that looks like one when `href` is given. */
export function buttonTemplate(options: ButtonOptions): TemplateResult {
  const icon = options.isStartButton ? startIcon : nothing;
  // GOV.UK wraps a start button's html in a span, so the arrow stays beside the words.
  const content = options.isStartButton && options.html ? html`<span>${textOrHtml(options)}</span>` : textOrHtml(options);
  const preventDoubleClick = options.preventDoubleClick ? 'true' : undefined;
  if (options.href !== undefined) {
    return html`<a
      href=${safeUrl(options.href)}
      role="button"
      draggable="false"
      class=${buttonClasses(options)}
      id=${ifDefined(options.id)}
      data-module="govuk-button"
      data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
      >${content}${icon}</a
    >`;
  }
  return html`<button
    type=${options.type ?? 'submit'}
    class=${buttonClasses(options)}
    id=${ifDefined(options.id)}
    name=${ifDefined(options.name)}
    value=${ifDefined(options.value)}
    ?disabled=${options.disabled === true}
    aria-disabled=${ifDefined(options.disabled ? 'true' : undefined)}
    data-prevent-double-click=${ifDefined(preventDoubleClick)}
    data-module="govuk-button"
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
  >
    ${content}${icon}
  </button>`;
}
