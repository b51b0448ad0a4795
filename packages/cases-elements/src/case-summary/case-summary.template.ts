import { html, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { headingTemplate, tagTemplate, type TagColour } from '@civicbricks/elements';
import { dateInWords } from '../lib/dates.js';
import type { CaseSummaryMessageKey } from './case-summary.messages.js';
import type { CaseSummaryOptions } from './case-summary.options.js';

type T = Translator<CaseSummaryMessageKey>;

// Each flag's tag says its name; the colour only repeats it, so a person who cannot tell red from orange loses nothing.
const flagColours: Record<'safeguarding' | 'vulnerable' | 'urgent', TagColour> = {
  safeguarding: 'red',
  vulnerable: 'purple',
  urgent: 'orange',
};

function row(key: string, value: unknown, name: string): TemplateResult {
  return html`<div class="govuk-summary-list__row civic-case-summary__${name}">
    <dt class="govuk-summary-list__key">${key}</dt>
    <dd class="govuk-summary-list__value">${value}</dd>
  </div>`;
}

function dueText(due: NonNullable<CaseSummaryOptions['due']>, t: T): unknown {
  const date = dateInWords(due.date, t.locale);
  switch (due.status) {
    case 'due':
      return t('due', { date });
    case 'overdue':
      return html`${tagTemplate({ text: t('overdue'), colour: 'red' })} ${t('overdueSince', { date })}`;
    case 'met':
      return t('met', { date });
    case 'missed':
      return t('missed', { date });
  }
}

/**
 * The case summary header: the case's name captioned by its reference, then a GOV.UK summary list of its status,
 * lead professional, flags and due date. Status and flags are GOV.UK tags with their words; an overdue case says
 * "Overdue" in words and when it was due.
 */
export function caseSummaryTemplate(options: CaseSummaryOptions, t: T): TemplateResult {
  const flags = options.flags ?? [];
  const lead = options.lead;
  return html`<div class="civic-case-summary">
    ${
      options.title
        ? headingTemplate(
            options.headingLevel ?? 1,
            'govuk-heading-l',
            html`<span class="govuk-caption-l">${t('caption', { reference: options.reference })}</span> ${options.title}`,
          )
        : ''
    }
    <dl class="govuk-summary-list">
      ${row(t('reference'), options.reference, 'reference')}
      ${row(t('status'), tagTemplate({ text: options.status.text, colour: options.status.colour }), 'status')}
      ${row(
        t('lead'),
        lead
          ? lead.organisation
            ? t('leadWithOrganisation', { name: lead.name, organisation: lead.organisation })
            : lead.name
          : t('notAllocated'),
        'lead',
      )}
      ${row(
        t('flags'),
        flags.length === 0
          ? t('noFlags')
          : html`<ul class="govuk-list civic-case-summary__flag-list">
              ${flags.map((flag) => html`<li>${tagTemplate({ text: t(flag), colour: flagColours[flag] })}</li>`)}
            </ul>`,
        'flags',
      )}
      ${options.due ? row(t('dueDate'), dueText(options.due, t), 'due') : ''}
    </dl>
  </div>`;
}
