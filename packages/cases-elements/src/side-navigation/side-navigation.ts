import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, translatorFor } from '@civicbricks/elements';
import type { NavigationItem } from '../lib/navigation.js';
import { sideNavigationMessages } from './side-navigation.messages.js';
import type { SideNavigationSection } from './side-navigation.options.js';
import { sideNavigationTemplate } from './side-navigation.template.js';

/**
 * @tagname civic-side-navigation
 * @summary MOJ side navigation: links down the side of a page (work queues, teams, settings), flat or in headed sections.
 *
 * Give `items` (JSON) for one list or `sections` for groups under headings. The page the person is on has
 * `active: true` and is marked `aria-current="location"`. Every `href` goes through `safeUrl`.
 */
export class CivicSideNavigation extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .moj-side-navigation';

  /** The landmark's name; "Side navigation" if absent. */
  @property() label: string | undefined;
  @property({ type: Array }) items: NavigationItem[] | undefined;
  @property({ type: Array }) sections: SideNavigationSection[] | undefined;

  protected override render(): TemplateResult {
    return sideNavigationTemplate(
      { label: this.label, items: this.items, sections: this.sections },
      translatorFor(sideNavigationMessages, this.locale, this.messages),
    );
  }
}
