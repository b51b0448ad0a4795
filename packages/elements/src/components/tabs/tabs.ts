import { type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { tabsMessages } from './tabs.messages.js';
import { panelId, tabsTemplate } from './tabs.template.js';
import type { TabsItem, TabsOptions } from './tabs.options.js';

// govuk-frontend reads its breakpoint from this custom property; the value is its default, for pages without its CSS.
const fallbackTabletBreakpoint = '40.0625rem';

/**
 * @tagname civic-tabs
 * @summary GOV.UK tabs: related content in panels, one shown at a time, for people who compare or switch between them.
 *
 * Without script, and on screens narrower than GOV.UK's tablet breakpoint, this is a "Contents" list (Welsh
 * "Cynnwys") of links to panels that all show, as govuk-frontend leaves it: tabs on a small screen hide content
 * people then miss. Wider, the list becomes a `tablist`: each tab has `aria-selected` and `aria-controls`, each
 * panel is a `tabpanel` labelled by its tab, and only the chosen tab is in the tab order (roving tabindex). Left
 * and Right arrows (and Home and End) move to a tab and open it. Choosing a tab puts its panel's id in the URL
 * hash without scrolling the page, so Back returns to it and the link can be shared; a hash naming a panel opens
 * that tab when the page loads. Text only: GOV.UK's `panel.html` is not offered because there is no sanitiser yet.
 */
export class CivicTabs extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-tabs';

  /** `[{ "label": "Past week", "id": "past-week", "panel": { "title": "Past week", "text": "…" } }]` (JSON in the `items` attribute). */
  @property({ type: Array }) items: TabsItem[] = [];
  /** Heading of the contents list; defaults to "Contents" (Welsh "Cynnwys"). Not `title`, which would give the element a tooltip. */
  @property({ attribute: 'title-text' }) titleText: string | undefined;
  /** Prefix for panel ids that items do not give; defaults to `civic-tabs`. */
  @property({ attribute: 'id-prefix' }) idPrefix: string | undefined;

  @state() private wide = false;
  @state() private selected = 0;
  private mediaQuery: MediaQueryList | undefined;
  private hashRead = false;
  // Set while this element writes the hash, so the hashchange that follows is not taken for someone following a link.
  private changingHash = false;

  get options(): TabsOptions {
    return { items: this.items, title: this.titleText, idPrefix: this.idPrefix };
  }

  /** Whether the list is working as tabs (script running, screen at least tablet-wide). */
  get enhanced(): boolean {
    return this.wide;
  }

  /** The position (from 0) of the chosen tab. */
  get selectedIndex(): number {
    return this.selected;
  }

  /** The tab links, once rendered. */
  get tabs(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a.govuk-tabs__tab')];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const breakpoint = getComputedStyle(document.documentElement).getPropertyValue('--govuk-breakpoint-tablet').trim();
    this.mediaQuery = window.matchMedia(`(min-width: ${breakpoint || fallbackTabletBreakpoint})`);
    this.mediaQuery.addEventListener('change', this.onMediaChange);
    this.wide = this.mediaQuery.matches;
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.mediaQuery?.removeEventListener('change', this.onMediaChange);
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    if (this.items.length > 0) return;
    const links = [...serverRoot.querySelectorAll<HTMLAnchorElement>('a.govuk-tabs__tab')];
    this.items = links.map((link) => {
      const id = (link.getAttribute('href') ?? '').replace(/^#/, '');
      const panel = [...serverRoot.querySelectorAll<HTMLElement>('.govuk-tabs__panel')].find((candidate) => candidate.id === id);
      const title = (panel?.querySelector('.govuk-heading-l')?.textContent ?? '').trim();
      return {
        id,
        label: (link.textContent ?? '').trim(),
        panel: { ...(title ? { title } : {}), text: (panel?.querySelector('.govuk-body')?.textContent ?? '').trim() },
      };
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The hash is read once, when there are items to match it against: later hashes arrive through hashchange.
    if (!this.hashRead && this.items.length > 0) {
      this.hashRead = true;
      this.selected = this.indexForHash(window.location.hash) ?? 0;
    }
    if (this.selected >= this.items.length) this.selected = 0;
  }

  /** Opens a tab by position (from 0), as clicking it does, without touching the URL. */
  select(index: number): void {
    if (index >= 0 && index < this.items.length) this.selected = index;
  }

  private indexForHash(hash: string): number | undefined {
    if (!hash.startsWith('#') || hash.length < 2) return undefined;
    const id = decodeURIComponent(hash.slice(1));
    const index = this.items.findIndex((item, position) => panelId(this.options, item, position) === id);
    return index === -1 ? undefined : index;
  }

  private readonly onMediaChange = (event: MediaQueryListEvent): void => {
    this.wide = event.matches;
  };

  private readonly onHashChange = (): void => {
    const index = this.indexForHash(window.location.hash);
    if (index === undefined || !this.wide) return;
    if (this.changingHash) {
      this.changingHash = false;
      return;
    }
    // Someone followed a link to a panel (or went Back): show it and put them on its tab.
    void this.activate(index);
  };

  private async activate(index: number, recordHistory = false): Promise<void> {
    this.selected = index;
    await this.updateComplete;
    this.tabs[index]?.focus();
    if (recordHistory) this.createHistoryEntry(index);
  }

  /**
   * Puts the panel's id in the hash without the jump to it, as govuk-frontend does: with the id taken off
   * the panel for a moment there is nothing for the browser to scroll to, yet Back still returns to the tab.
   */
  private createHistoryEntry(index: number): void {
    const item = this.items[index];
    if (!item) return;
    const id = panelId(this.options, item, index);
    if (window.location.hash === `#${id}`) return;
    const panel = this.querySelectorAll<HTMLElement>('.govuk-tabs__panel')[index];
    if (panel) panel.id = '';
    this.changingHash = true;
    window.location.hash = id;
    if (panel) panel.id = id;
  }

  private readonly onClick = (index: number, event: MouseEvent): void => {
    event.preventDefault();
    void this.activate(index, true);
  };

  private readonly onKeydown = (index: number, event: KeyboardEvent): void => {
    const last = this.items.length - 1;
    const target =
      event.key === 'ArrowLeft' || event.key === 'Left'
        ? index - 1
        : event.key === 'ArrowRight' || event.key === 'Right'
          ? index + 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    // As in govuk-frontend, the ends do not wrap round: a person hears that they have reached the first or last tab.
    if (target < 0 || target > last || target === index) return;
    void this.activate(target, true);
  };

  protected override render(): TemplateResult {
    const t = translatorFor(tabsMessages, this.locale, this.messages);
    const interaction = this.wide ? { selected: this.selected, onClick: this.onClick, onKeydown: this.onKeydown } : undefined;
    return tabsTemplate(this.options, t, interaction);
  }
}
