import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, translatorFor } from '@civicbricks/elements';
import type { NavigationItem } from '../lib/navigation.js';
import { subNavigationMessages } from './sub-navigation.messages.js';
import { subNavigationTemplate } from './sub-navigation.template.js';

/**
 * @tagname civic-sub-navigation
 * @summary MOJ sub navigation: the sections of one record (Summary, Timeline, Notes) as a row of links.
 *
 * Each section is its own page, so these are links (`items`, JSON), not tabs: they work with JavaScript off and
 * keep the browser's back button. The current section has `active: true` and is marked `aria-current="page"`.
 * Every `href` goes through `safeUrl`.
 */
export class CivicSubNavigation extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .moj-sub-navigation';

  /** The landmark's name; "Secondary navigation region" if absent. */
  @property() label: string | undefined;
  @property({ type: Array }) items: NavigationItem[] = [];

  protected override render(): TemplateResult {
    return subNavigationTemplate(
      { label: this.label, items: this.items },
      translatorFor(subNavigationMessages, this.locale, this.messages),
    );
  }
}
