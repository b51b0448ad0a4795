import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { tagTemplate } from './tag.template.js';
import type { TagColour, TagOptions } from './tag.options.js';

/**
 * @tagname civic-tag
 * @summary A GOV.UK tag: shows the status of something, such as "Completed" or "Cannot start yet", in one of the GOV.UK colours.
 *
 * Give the text as the `text` attribute or as the element's own text:
 * `<civic-tag colour="green">Completed</civic-tag>`. Text only: GOV.UK's `html`
 * option is not offered because there is no sanitiser yet. Tags are not
 * interactive; do not put them in links or use them as buttons.
 */
export class CivicTag extends CivicElement {
  // Its GOV.UK markup is inline-level, so the element stays inline: it may sit in a line of text.
  protected static override blockLevel = false;

  protected static override serverMarkupSelector = ':scope > .govuk-tag';

  @property() text = '';
  /** `grey`, `green`, `teal`, `purple`, `magenta`, `red`, `orange` or `yellow`; unset is GOV.UK's default blue. */
  @property() colour: TagColour | undefined;

  override connectedCallback(): void {
    if (!this.text) this.text = this.takeTextContent();
    super.connectedCallback();
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    if (!this.text) this.text = (serverRoot.textContent ?? '').trim();
  }

  get options(): TagOptions {
    return { text: this.text, colour: this.colour };
  }

  protected override render(): TemplateResult {
    return tagTemplate(this.withGovukOptions(this.options));
  }
}
