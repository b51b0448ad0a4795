import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import type { TabsItem, TabsOptions } from './tabs.options.js';

export const defaultIdPrefix = 'civic-tabs';

/** The id of an item's panel: its own, or GOV.UK's `<idPrefix>-<position from 1>`. */
export function panelId(options: TabsOptions, item: TabsItem, index: number): string {
  return item.id || `${options.idPrefix || defaultIdPrefix}-${index + 1}`;
}

/** The id govuk-frontend gives a tab once its script runs, which labels the tab's panel. */
export function tabId(panel: string): string {
  return `tab_${panel}`;
}

/** What the element adds once its script runs on a wide enough screen: which tab is chosen, and what the tabs do. */
export interface TabsInteraction {
  readonly selected: number;
  readonly onClick: (index: number, event: MouseEvent) => void;
  readonly onKeydown: (index: number, event: KeyboardEvent) => void;
}

/**
 * GOV.UK tabs. Without `interaction` (the server render, or a small screen) it is GOV.UK's markup exactly:
 * a "Contents" list of links to the panels, which all show without script. With it, the list becomes a
 * tablist whose tabs control their panels, and only the chosen panel shows.
 */
export function tabsTemplate(options: TabsOptions, t: Translator<'contents'>, interaction?: TabsInteraction): TemplateResult {
  const selected = interaction?.selected ?? 0;
  const tab = (item: TabsItem, index: number): TemplateResult => {
    const id = panelId(options, item, index);
    const chosen = index === selected;
    const itemClass = `govuk-tabs__list-item${chosen ? ' govuk-tabs__list-item--selected' : ''}`;
    if (!interaction) {
      return html`<li class=${itemClass}><a class="govuk-tabs__tab" href="#${id}">${item.label}</a></li>`;
    }
    return html`<li class=${itemClass} role="presentation">
      <a
        class="govuk-tabs__tab"
        href="#${id}"
        id=${tabId(id)}
        role="tab"
        aria-controls=${id}
        aria-selected=${chosen ? 'true' : 'false'}
        tabindex=${chosen ? '0' : '-1'}
        @click=${(event: MouseEvent) => interaction.onClick(index, event)}
        @keydown=${(event: KeyboardEvent) => interaction.onKeydown(index, event)}
        >${item.label}</a
      >
    </li>`;
  };
  const panel = (item: TabsItem, index: number): TemplateResult => {
    const id = panelId(options, item, index);
    const panelClass = `govuk-tabs__panel${index === selected ? '' : ' govuk-tabs__panel--hidden'}`;
    const content = html`${item.panel.title ? html`<h2 class="govuk-heading-l">${item.panel.title}</h2>` : nothing}
      <p class="govuk-body">${item.panel.text}</p>`;
    if (!interaction) return html`<div class=${panelClass} id=${id}>${content}</div>`;
    return html`<div class=${panelClass} id=${id} role="tabpanel" aria-labelledby=${tabId(id)}>${content}</div>`;
  };
  return html`<div class="govuk-tabs" data-module="govuk-tabs">
    <h2 class="govuk-tabs__title">${options.title || t('contents')}</h2>
    <ul class="govuk-tabs__list" role=${interaction ? 'tablist' : nothing}>
      ${options.items.map(tab)}
    </ul>
    ${options.items.map(panel)}
  </div>`;
}
