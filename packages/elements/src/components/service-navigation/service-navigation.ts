import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { serviceNavigationMessages } from './service-navigation.messages.js';
import { serviceNavigationTemplate } from './service-navigation.template.js';
import type { ServiceNavigationItem, ServiceNavigationOptions } from './service-navigation.options.js';

// govuk-frontend's tablet breakpoint, read from its stylesheet as its own script does; this is the value it ships.
const fallbackTabletBreakpoint = '40.0625rem';

/**
 * @tagname civic-service-navigation
 * @summary GOV.UK service navigation: the service's name and links to its main sections, collapsing behind a "Menu" button on small screens.
 *
 * With a `service-name` the bar is a `region` named "Service information"
 * (Welsh "Gwybodaeth am y gwasanaeth"); the links are a `nav` named by the menu
 * button's text, "Menu" (Welsh "Dewislen"). The item the person is on has
 * `current` (`aria-current="page"`); the section they are in has `active`
 * (`aria-current="true"`). Below GOV.UK's tablet breakpoint, with more than one
 * item (or `collapse-navigation-on-mobile="true"`), the items hide behind a menu
 * button with `aria-expanded` and `aria-controls`, as govuk-frontend does; with
 * JavaScript off every item shows. Links pass the URL allow-list. Text only.
 */
export class CivicServiceNavigation extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-service-navigation';

  @property({ attribute: 'service-name' }) serviceName: string | undefined;
  @property({ attribute: 'service-url' }) serviceUrl: string | undefined;
  /** The items: `[{ "text": "Bins", "href": "/bins", "current": true }]` (JSON in the `navigation` attribute). */
  @property({ type: Array }) navigation: ServiceNavigationItem[] = [];
  /** Names the region when there is a service name; defaults to "Service information", or its Welsh translation. Named so it never labels the element itself. */
  @property({ attribute: 'section-label' }) sectionLabel: string | undefined;
  /** Defaults to "Menu", or its Welsh translation. */
  @property({ attribute: 'menu-button-text' }) menuButtonText: string | undefined;
  @property({ attribute: 'menu-button-label' }) menuButtonLabel: string | undefined;
  /** Names the `nav`; defaults to the menu button's text. */
  @property({ attribute: 'navigation-label' }) navigationLabel: string | undefined;
  /** Id of the list; defaults to `navigation`. */
  @property({ attribute: 'navigation-id' }) navigationId: string | undefined;
  /** `true` or `false`; unset collapses when there is more than one item. */
  @property({
    attribute: 'collapse-navigation-on-mobile',
    converter: { fromAttribute: (value) => (value === null ? undefined : value !== 'false') },
  })
  collapseNavigationOnMobile: boolean | undefined;

  @state() private mobile = false;
  @state() private menuOpen = false;
  private mediaQuery: MediaQueryList | undefined;

  /** The menu button, once rendered (there is none when the items do not collapse). */
  get menuButton(): HTMLButtonElement | null {
    return this.querySelector('.govuk-service-navigation__toggle');
  }

  /** Whether the mobile menu is open. */
  get open(): boolean {
    return this.menuOpen;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const breakpoint = getComputedStyle(document.documentElement).getPropertyValue('--govuk-breakpoint-tablet').trim();
    this.mediaQuery = window.matchMedia(`(min-width: ${breakpoint || fallbackTabletBreakpoint})`);
    this.mediaQuery.addEventListener('change', this.onMediaChange);
    this.mobile = !this.mediaQuery.matches;
    this.addEventListener('click', this.onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.mediaQuery?.removeEventListener('change', this.onMediaChange);
    this.removeEventListener('click', this.onClick);
  }

  private readonly onMediaChange = (event: MediaQueryListEvent): void => {
    this.mobile = !event.matches;
  };

  private readonly onClick = (event: MouseEvent): void => {
    const button = this.menuButton;
    if (button && event.target instanceof Node && button.contains(event.target)) this.menuOpen = !this.menuOpen;
  };

  protected override adoptServerState(serverRoot: HTMLElement): void {
    const service = serverRoot.querySelector('.govuk-service-navigation__service-name');
    this.serviceName ??= service?.textContent?.trim() || undefined;
    this.serviceUrl ??= service?.querySelector('a')?.getAttribute('href') ?? undefined;
    if (this.navigation.length > 0) return;
    this.navigation = [...serverRoot.querySelectorAll('.govuk-service-navigation__item')].map((item) => {
      const target = item.querySelector('a, .govuk-service-navigation__text');
      const current = target?.getAttribute('aria-current');
      return {
        text: (target?.textContent ?? '').trim(),
        ...(target instanceof HTMLAnchorElement ? { href: target.getAttribute('href') ?? '' } : {}),
        ...(current === 'page' ? { current: true } : current === 'true' ? { active: true } : {}),
      };
    });
  }

  get options(): ServiceNavigationOptions {
    return {
      serviceName: this.serviceName,
      serviceUrl: this.serviceUrl,
      navigation: this.navigation,
      ariaLabel: this.sectionLabel,
      menuButtonText: this.menuButtonText,
      menuButtonLabel: this.menuButtonLabel,
      navigationLabel: this.navigationLabel,
      navigationId: this.navigationId,
      collapseNavigationOnMobile: this.collapseNavigationOnMobile,
    };
  }

  protected override render(): TemplateResult {
    const t = translatorFor(serviceNavigationMessages, this.locale, this.messages);
    return serviceNavigationTemplate(this.options, t, { mobile: this.mobile, open: this.menuOpen });
  }
}
