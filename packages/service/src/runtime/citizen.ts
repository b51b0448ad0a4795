/**
 * The citizen pages the service itself serves (the journeys serve theirs): the start page, cookies,
 * the accessibility statement, the privacy notice and GOV.UK's error pages, in English and Welsh.
 */
import { escapeHtml } from '@civicbricks/core/html';
import { createTranslator, type Locale } from '@civicbricks/core/i18n';
import { renderButton, renderSummaryList, renderTable } from '@civicbricks/elements/server';
import type { Manifest } from '../manifest/schema.js';
import { heading, localText, paragraph, proseColumn, renderPage, withLang } from './layout.js';
import { serviceMessages } from './messages.js';

type Translate = ReturnType<typeof createTranslator<keyof (typeof serviceMessages)['en'] & string>>;

const translator = (locale: Locale): Translate => createTranslator(serviceMessages, locale);

export function startPage(manifest: Manifest, locale: Locale): string {
  const t = translator(locale);
  const name = localText(manifest.name, locale);
  const journeys = manifest.journeys
    .map((journey) =>
      renderButton({ text: t('startNow'), href: withLang(`/${journey.path}/`, locale), isStartButton: true }, { lang: locale }),
    )
    .join('');
  const main = proseColumn(
    `${heading(name, 'xl')}${paragraph(localText(manifest.description, locale))}${journeys}${contactSection(manifest, locale)}`,
  );
  return renderPage(manifest, { locale, title: name, path: '/', main });
}

function contactSection(manifest: Manifest, locale: Locale): string {
  const t = translator(locale);
  const { contact } = manifest;
  const rows = [
    contact.email ? { key: t('email'), value: contact.email } : undefined,
    contact.phone ? { key: t('phone'), value: contact.phone } : undefined,
    contact.hours ? { key: t('hours'), value: localText(contact.hours, locale) } : undefined,
    contact.address ? { key: t('address'), value: localText(contact.address, locale) } : undefined,
  ].filter((row) => row !== undefined);
  if (rows.length === 0) return '';
  return `<h2 class="govuk-heading-m" id="contact">${escapeHtml(t('contactUs'))}</h2>${renderSummaryList(
    { rows: rows.map((row) => ({ key: { text: row.key }, value: { text: row.value } })) },
    { lang: locale },
  )}`;
}

export function cookiesPage(manifest: Manifest, locale: Locale): string {
  const t = translator(locale);
  const table = renderTable(
    {
      head: [{ text: t('cookieName') }, { text: t('cookiePurpose') }, { text: t('cookieExpires') }],
      rows: [
        [{ text: 'civic_journey' }, { text: t('cookieJourney') }, { text: t('cookieJourneyExpires') }],
        [{ text: 'civic_csrf' }, { text: t('cookieCsrf') }, { text: t('cookieCsrfExpires') }],
        [{ text: 'civic_staff' }, { text: t('cookieStaff') }, { text: t('cookieStaffExpires') }],
      ],
    },
    { lang: locale },
  );
  const main = proseColumn(`${heading(t('cookiesTitle'))}${paragraph(t('cookiesIntro'))}${table}`);
  return renderPage(manifest, { locale, title: t('cookiesTitle'), path: '/cookies', main });
}

export function accessibilityPage(manifest: Manifest, locale: Locale): string {
  const t = translator(locale);
  const service = localText(manifest.name, locale);
  const { accessibility } = manifest;
  const compliance = t(
    accessibility.compliance === 'full'
      ? 'complianceFull'
      : accessibility.compliance === 'partial'
        ? 'compliancePartial'
        : 'complianceNone',
  );
  const issues =
    accessibility.knownIssues.length > 0
      ? `${heading(t('knownIssues'), 'm')}<ul class="govuk-list govuk-list--bullet">${accessibility.knownIssues
          .map((issue) => `<li>${escapeHtml(localText(issue, locale))}</li>`)
          .join('')}</ul>`
      : '';
  const title = t('accessibilityTitle', { service });
  const main = proseColumn(
    heading(title) +
      paragraph(t('accessibilityIntro', { service, organisation: manifest.organisation.name })) +
      paragraph(compliance) +
      issues +
      heading(t('reportProblem'), 'm') +
      paragraph(t('reportProblemBody')) +
      contactSection(manifest, locale) +
      heading(t('enforcement'), 'm') +
      paragraph(t('enforcementBody')) +
      paragraph(t('prepared', { date: formatDate(accessibility.preparedOn, locale) })) +
      (accessibility.reviewedOn ? paragraph(t('reviewed', { date: formatDate(accessibility.reviewedOn, locale) })) : ''),
  );
  return renderPage(manifest, { locale, title, path: '/accessibility', main });
}

export function privacyPage(manifest: Manifest, locale: Locale): string {
  const t = translator(locale);
  const { privacy, retention } = manifest;
  const main = proseColumn(
    heading(t('privacyTitle')) +
      heading(t('controller'), 'm') +
      paragraph(t('controllerBody', { controller: privacy.controller })) +
      heading(t('purpose'), 'm') +
      paragraph(localText(privacy.purpose, locale)) +
      heading(t('lawfulBasis'), 'm') +
      paragraph(localText(privacy.lawfulBasis, locale)) +
      heading(t('sharing'), 'm') +
      paragraph(privacy.sharedWith ? localText(privacy.sharedWith, locale) : t('noSharing')) +
      heading(t('retention'), 'm') +
      paragraph(t('retentionBody', { days: String(retention.submissionsDays), hours: String(retention.sessionHours) })) +
      heading(t('yourRights'), 'm') +
      paragraph(t('yourRightsBody')) +
      contactSection(manifest, locale),
  );
  return renderPage(manifest, { locale, title: t('privacyTitle'), path: '/privacy', main });
}

export type ErrorKind = 'notFound' | 'problem' | 'unavailable' | 'tooLarge' | 'forbidden' | 'tooMany';

/** GOV.UK's error pages: what happened in plain words and what to do, never what went wrong inside. */
export function errorPage(manifest: Manifest, locale: Locale, kind: ErrorKind, path?: string): string {
  const t = translator(locale);
  const [title, ...body] = {
    notFound: [t('notFoundTitle'), t('notFoundBody1'), t('notFoundBody2')],
    problem: [t('problemTitle'), t('problemBody')],
    unavailable: [t('unavailableTitle'), t('unavailableBody')],
    tooLarge: [t('tooLargeTitle'), t('tooLargeBody')],
    forbidden: [t('forbiddenTitle'), t('forbiddenBody')],
    tooMany: [t('tooManyTitle'), t('tooManyBody')],
  }[kind] as [string, ...string[]];
  const main = proseColumn(
    heading(title) +
      body.map(paragraph).join('') +
      `<p class="govuk-body"><a class="govuk-link" href="${escapeHtml(withLang('/', locale))}">${escapeHtml(t('returnToStart'))}</a></p>`,
  );
  // The language link names only a plain path on this service: a crafted address must not become a link elsewhere.
  const samePage = path !== undefined && /^\/(?![/\\])[\w\-./]{0,200}$/.test(path) ? path : '/';
  return renderPage(manifest, { locale, title, main, path: samePage });
}

function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
