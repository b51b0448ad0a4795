import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { safeUrl } from '@civicbricks/elements';
import type { SubNavigationMessageKey } from './sub-navigation.messages.js';
import type { SubNavigationOptions } from './sub-navigation.options.js';

/** MOJ's sub navigation: a labelled landmark of links, the current page marked `aria-current="page"`. */
export function subNavigationTemplate(options: SubNavigationOptions, t: Translator<SubNavigationMessageKey>): TemplateResult {
  return html`<nav class="moj-sub-navigation" aria-label=${options.label ?? t('label')}>
    <ul class="moj-sub-navigation__list">
      ${options.items.map(
        (item) =>
          html`<li class="moj-sub-navigation__item">
            <a class="moj-sub-navigation__link" aria-current=${item.active ? 'page' : nothing} href=${safeUrl(item.href)}>${item.text}</a>
          </li>`,
      )}
    </ul>
  </nav>`;
}
