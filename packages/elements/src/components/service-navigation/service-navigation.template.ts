import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '@civicbricks/core/i18n';
import { safeUrl } from '../../lib/safe-url.js';
import type { ServiceNavigationItem, ServiceNavigationOptions } from './service-navigation.options.js';

export const defaultNavigationId = 'navigation';

/**
 * The menu's state once the element runs: `mobile` below GOV.UK's tablet breakpoint, where the
 * button shows and the list hides until opened. The server renders without it: with no script
 * the button stays hidden and every item shows.
 */
export interface ServiceNavigationMenuState {
  readonly mobile: boolean;
  readonly open: boolean;
}

/** The items that render: GOV.UK drops empty ones. */
export function navigationItems(options: ServiceNavigationOptions): ServiceNavigationItem[] {
  return (options.navigation ?? []).filter((item) => Boolean(item?.text));
}

/** Whether the items collapse behind the menu button on small screens: by default when there is more than one. */
export function collapsesOnMobile(options: ServiceNavigationOptions): boolean {
  return options.collapseNavigationOnMobile ?? navigationItems(options).length > 1;
}

function itemTemplate(item: ServiceNavigationItem): TemplateResult {
  const marked = item.current || item.active;
  const ariaCurrent = item.current ? 'page' : item.active ? 'true' : undefined;
  // A strong element keeps the current item distinguishable when people override colours.
  const content = marked ? html`<strong class="govuk-service-navigation__active-fallback">${item.text}</strong>` : item.text;
  return html`<li class="govuk-service-navigation__item${marked ? ' govuk-service-navigation__item--active' : ''}">
    ${
      item.href
        ? html`<a class="govuk-service-navigation__link" href=${safeUrl(item.href)} aria-current=${ifDefined(ariaCurrent)}>${content}</a>`
        : html`<span class="govuk-service-navigation__text" aria-current=${ifDefined(ariaCurrent)}>${content}</span>`
    }
  </li>`;
}

/** GOV.UK service navigation: the service name and a `nav` of the service's main sections, with a menu button on small screens. */
export function serviceNavigationTemplate(
  options: ServiceNavigationOptions,
  t: Translator<'menuButtonText' | 'ariaLabel'>,
  menu?: ServiceNavigationMenuState,
): TemplateResult {
  const items = navigationItems(options);
  const menuButtonText = options.menuButtonText || t('menuButtonText');
  const navigationId = options.navigationId || defaultNavigationId;
  const mobile = menu?.mobile ?? false;
  const buttonLabel = options.menuButtonLabel && options.menuButtonLabel !== menuButtonText ? options.menuButtonLabel : undefined;
  const serviceName = options.serviceName
    ? html`<span class="govuk-service-navigation__service-name">
        ${
          options.serviceUrl
            ? html`<a href=${safeUrl(options.serviceUrl)} class="govuk-service-navigation__link">${options.serviceName}</a>`
            : html`<span class="govuk-service-navigation__text">${options.serviceName}</span>`
        }
      </span>`
    : nothing;
  const navigation =
    items.length > 0
      ? html`<nav aria-label=${options.navigationLabel || menuButtonText} class="govuk-service-navigation__wrapper">
          ${
            collapsesOnMobile(options)
              ? html`<button
                  type="button"
                  class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                  aria-controls=${navigationId}
                  aria-label=${ifDefined(buttonLabel)}
                  ?hidden=${!mobile}
                  aria-hidden=${ifDefined(mobile ? undefined : 'true')}
                  aria-expanded=${ifDefined(mobile ? String(menu?.open ?? false) : undefined)}
                >
                  ${menuButtonText}
                </button>`
              : nothing
          }
          <ul class="govuk-service-navigation__list" id=${navigationId} ?hidden=${mobile && !menu?.open && collapsesOnMobile(options)}>
            ${items.map(itemTemplate)}
          </ul>
        </nav>`
      : nothing;
  const inner = html`<div class="govuk-width-container">
    <div class="govuk-service-navigation__container">${serviceName} ${navigation}</div>
  </div>`;
  // With a service name GOV.UK makes the whole bar a labelled region; without one the nav is landmark enough.
  return options.serviceName
    ? html`<section
        aria-label=${options.ariaLabel || t('ariaLabel')}
        class="govuk-service-navigation"
        data-module="govuk-service-navigation"
      >
        ${inner}
      </section>`
    : html`<div class="govuk-service-navigation" data-module="govuk-service-navigation">${inner}</div>`;
}
