import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import type { HeadingLevel } from '../../lib/heading.js';
import { panelTemplate } from './panel.template.js';
import type { PanelOptions } from './panel.options.js';

const headingLevels: readonly HeadingLevel[] = [1, 2, 3, 4, 5, 6];

/**
 * @tagname civic-panel
 * @summary The GOV.UK confirmation panel: tells people they have completed a transaction, often with a reference number.
 *
 * The title is an `h1` by default, since the panel usually is the page's heading;
 * set `heading-level` (1 to 6) when the page has its own `h1`. Text only: GOV.UK's
 * `titleHtml` and `html` options are not offered because there is no sanitiser
 * yet. GOV.UK's newer interruption panel variant is not offered either.
 */
export class CivicPanel extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-panel';

  @property({ attribute: 'title-text' }) titleText = '';
  /** The body, such as "Your reference number HDJ2123F". */
  @property() text: string | undefined;
  /** 1 to 6; anything else falls back to 1. */
  @property({
    attribute: 'heading-level',
    converter: { fromAttribute: (value) => headingLevels.find((level) => String(level) === value) },
  })
  headingLevel: HeadingLevel | undefined;

  protected override adoptServerState(serverRoot: HTMLElement): void {
    this.titleText ||= (serverRoot.querySelector('.govuk-panel__title')?.textContent ?? '').trim();
    this.text ??= serverRoot.querySelector('.govuk-panel__body')?.textContent?.trim();
  }

  get options(): PanelOptions {
    return { titleText: this.titleText, text: this.text, headingLevel: this.headingLevel };
  }

  protected override render(): TemplateResult {
    return panelTemplate(this.withGovukOptions(this.options));
  }
}
