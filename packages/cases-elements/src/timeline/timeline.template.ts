import { html, type TemplateResult } from 'lit';
import type { Locale, Translator } from '@civicbricks/core/i18n';
import { headingTemplate } from '@civicbricks/elements';
import { dateInWords, dateTimeInWords } from '../lib/dates.js';
import type { TimelineMessageKey } from './timeline.messages.js';
import type { TimelineItem, TimelineOptions } from './timeline.options.js';

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/** When, in words, for the `<time>` element: a date, or a date and a Europe/London time. */
export function whenInWords(datetime: string, locale: Locale): string {
  return calendarDate.test(datetime) ? dateInWords(datetime, locale) : dateTimeInWords(datetime, locale);
}

function item(entry: TimelineItem, options: TimelineOptions, t: Translator<TimelineMessageKey>): TemplateResult {
  return html`<div class="moj-timeline__item">
    <div class="moj-timeline__header">
      ${headingTemplate(options.headingLevel ?? 2, 'moj-timeline__title', entry.title)}
      ${entry.byline ? html`<p class="moj-timeline__byline">${t('byline', { name: entry.byline })}</p>` : ''}
    </div>
    <p class="moj-timeline__date"><time datetime=${entry.datetime}>${whenInWords(entry.datetime, t.locale)}</time></p>
    ${entry.description ? html`<div class="moj-timeline__description">${entry.description}</div>` : ''}
  </div>`;
}

/** MOJ's timeline: each event's title as a heading, who did it, when (a machine-readable `<time>`) and what it was. */
export function timelineTemplate(options: TimelineOptions, t: Translator<TimelineMessageKey>): TemplateResult {
  if (options.items.length === 0) return html`<p class="govuk-body civic-timeline__empty">${t('empty')}</p>`;
  return html`<div class="moj-timeline">${options.items.map((entry) => item(entry, options, t))}</div>`;
}
