import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '@civicbricks/elements';
import { badgeTemplate } from './badge.template.js';
import type { BadgeColour } from './badge.options.js';

/**
 * @tagname civic-badge
 * @summary An MOJ badge: a short outlined label ("Urgent", "New", a count) beside a heading or in a table cell.
 *
 * Give the text as the `text` attribute or as the element's own text: `<civic-badge colour="red">Urgent</civic-badge>`.
 * The words carry the meaning; the colour only repeats them. For a bare count, `visually-hidden-text` says what it
 * counts to screen reader users ("3 new messages").
 */
export class CivicBadge extends CivicElement {
  // Inline markup, so the element stays inline: it sits in a heading or a line of text.
  protected static override blockLevel = false;

  protected static override serverMarkupSelector = ':scope > .moj-badge';

  @property() text = '';
  /** `purple`, `bright-purple`, `red`, `green`, `blue`, `black` or `grey`; unset is MOJ's default blue. */
  @property() colour: BadgeColour | undefined;
  @property({ type: Boolean }) large = false;
  @property({ attribute: 'visually-hidden-text' }) visuallyHiddenText: string | undefined;

  override connectedCallback(): void {
    if (!this.text) this.text = this.takeTextContent();
    super.connectedCallback();
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    if (this.text) return;
    const hidden = serverRoot.querySelector('.govuk-visually-hidden');
    this.text = [...serverRoot.childNodes]
      .filter((node) => node !== hidden)
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
  }

  protected override render(): TemplateResult {
    return badgeTemplate({ text: this.text, colour: this.colour, large: this.large, visuallyHiddenText: this.visuallyHiddenText });
  }
}
