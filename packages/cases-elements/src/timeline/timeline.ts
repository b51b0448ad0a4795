import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, translatorFor, type HeadingLevel } from '@civicbricks/elements';
import { timelineMessages } from './timeline.messages.js';
import type { TimelineItem } from './timeline.options.js';
import { timelineTemplate } from './timeline.template.js';

/**
 * @tagname civic-timeline
 * @summary The MOJ timeline: what happened on a case, newest first, each with who did it and when.
 *
 * `items` (JSON) are `{ title, byline?, datetime, description? }`; `datetime` is an instant, shown as the
 * service's clock reads it ("8 December 2026 at 2:15pm", Europe/London), or a calendar date. The `<time>`
 * element keeps the value as given for machines. Build the items from the case service's `timeline()`.
 */
export class CivicTimeline extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .moj-timeline, :scope > .civic-timeline__empty';

  @property({ type: Array }) items: TimelineItem[] = [];
  /** The level of each item's title, 1 to 6; 2 if absent. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: HeadingLevel | undefined;

  protected override render(): TemplateResult {
    return timelineTemplate(
      { items: this.items, headingLevel: this.headingLevel },
      translatorFor(timelineMessages, this.locale, this.messages),
    );
  }
}
