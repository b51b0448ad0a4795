import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { headingTemplate, safeUrl } from '@civicbricks/elements';
import type { NavigationItem } from '../lib/navigation.js';
import type { SideNavigationMessageKey } from './side-navigation.messages.js';
import type { SideNavigationOptions } from './side-navigation.options.js';

function list(items: readonly NavigationItem[]): TemplateResult {
  return html`<ul class="moj-side-navigation__list">
    ${items.map(
      (item) =>
        html`<li class="moj-side-navigation__item${item.active ? ' moj-side-navigation__item--active' : ''}">
          <a href=${safeUrl(item.href)} aria-current=${item.active ? 'location' : nothing}>${item.text}</a>
        </li>`,
    )}
  </ul>`;
}

/**
 * MOJ's side navigation. It is named (MOJ's is not) because a staff page often has a header navigation too, and
 * two unnamed navigation landmarks cannot be told apart. Section headings default to level 2, not MOJ's 4, so the
 * outline runs on from the page's h1.
 */
export function sideNavigationTemplate(options: SideNavigationOptions, t: Translator<SideNavigationMessageKey>): TemplateResult {
  return html`<nav class="moj-side-navigation" aria-label=${options.label ?? t('label')}>
    ${
      options.sections
        ? options.sections.map(
            (section) =>
              html`${headingTemplate(section.heading.headingLevel ?? 2, 'moj-side-navigation__title', section.heading.text)}
              ${list(section.items)}`,
          )
        : list(options.items ?? [])
    }
  </nav>`;
}
