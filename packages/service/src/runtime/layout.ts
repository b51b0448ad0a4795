/**
 * The page around the service's own pages: GOV.UK's template with the organisation's header, a language link and
 * a footer with the support links every service publishes. Rendered with `@civicbricks/elements/server`, so the
 * markup is the same as the components'. No inline script or style: it works under the strict policy.
 */
import { escapeHtml } from '@civicbricks/core/html';
import { createTranslator, type Locale } from '@civicbricks/core/i18n';
import { renderFooter, renderHeader, renderSkipLink } from '@civicbricks/elements/server';
import type { Manifest } from '../manifest/schema.js';
import { serviceMessages } from './messages.js';

export const STYLESHEETS: readonly string[] = ['/assets/govuk-frontend.min.css', '/assets/council-theme.css', '/assets/brand.css'];

export interface PageOptions {
  readonly locale: Locale;
  readonly title: string;
  /** The path of this page, for the link to the same page in the other language; none on staff pages. */
  readonly path?: string;
  readonly main: string;
  /** Staff pages: the header links to the staff home, and the language link is left out. */
  readonly staff?: boolean;
  readonly beforeContent?: string;
}

/** `?lang=cy` on a service path, so every link keeps the language the person chose. */
export function withLang(path: string, locale: Locale): string {
  return locale === 'cy' ? `${path}${path.includes('?') ? '&' : '?'}lang=cy` : path;
}

export function localText(text: { readonly en: string; readonly cy?: string | undefined }, locale: Locale): string {
  return locale === 'cy' && text.cy !== undefined ? text.cy : text.en;
}

export function renderPage(manifest: Manifest, options: PageOptions): string {
  const { locale } = options;
  const t = createTranslator(serviceMessages, locale);
  const context = { lang: locale };
  const serviceName = localText(manifest.name, locale);
  const other: Locale = locale === 'cy' ? 'en' : 'cy';
  const toggle =
    options.path && manifest.languages.includes('cy')
      ? `<div class="govuk-width-container"><p class="govuk-body civic-language-toggle"><a class="govuk-link" href="${escapeHtml(`${options.path}?lang=${other}`)}" hreflang="${other}" lang="${other}">${escapeHtml(t('language'))}</a></p></div>`
      : '';
  const header = renderHeader(
    {
      organisationName: manifest.branding.headerName ?? manifest.organisation.name,
      homepageUrl: manifest.organisation.url ?? withLang('/', locale),
      serviceName: options.staff ? `${serviceName} – staff` : serviceName,
      serviceUrl: options.staff ? '/staff/' : withLang('/', locale),
      ...(manifest.branding.logo ? { logoUrl: '/assets/logo', logoAlt: manifest.organisation.name } : {}),
    },
    context,
  );
  const footer = renderFooter(
    {
      meta: {
        visuallyHiddenTitle: t('supportLinks'),
        items: [
          { text: t('accessibility'), href: withLang('/accessibility', locale) },
          { text: t('cookies'), href: withLang('/cookies', locale) },
          { text: t('privacy'), href: withLang('/privacy', locale) },
          { text: t('contact'), href: withLang('/#contact', locale) },
        ],
      },
      copyright: { text: `© ${manifest.organisation.name}` },
    },
    context,
  );
  return (
    `<!DOCTYPE html><html lang="${locale}" class="govuk-template"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(options.title)} – ${escapeHtml(serviceName)}</title><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `${STYLESHEETS.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}</head>` +
    `<body class="govuk-template__body">${renderSkipLink({ href: '#main-content' }, context)}` +
    `<header class="govuk-template__header">${header}${toggle}</header>` +
    `<div class="govuk-width-container">${options.beforeContent ?? ''}<main class="govuk-main-wrapper" id="main-content">` +
    // As in govuk-frontend's page template: the footer component is a div, the template gives it the contentinfo landmark.
    `${options.main}</main></div><footer class="govuk-template__footer">${footer}</footer></body></html>`
  );
}

/** A heading and paragraphs, in the two-thirds column: most of the service's own pages. */
export function proseColumn(html: string): string {
  return `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${html}</div></div>`;
}

export function paragraph(text: string): string {
  return `<p class="govuk-body">${escapeHtml(text)}</p>`;
}

export function heading(text: string, size: 'xl' | 'l' | 'm' = 'l', level = size === 'm' ? 2 : 1): string {
  return `<h${level} class="govuk-heading-${size}">${escapeHtml(text)}</h${level}>`;
}

/** The brand colour as the council theme's custom properties, with text that stays readable on it. */
export function brandStylesheet(colour: string): string {
  return `:root {\n  --civic-brand-colour: ${colour};\n  --civic-brand-text-colour: ${contrastingText(colour)};\n}\n`;
}

/** White or near-black, whichever contrasts more with the colour (WCAG relative luminance). */
export function contrastingText(colour: string): string {
  const channel = (hex: string) => {
    const value = Number.parseInt(hex, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(colour.slice(1, 3)) + 0.7152 * channel(colour.slice(3, 5)) + 0.0722 * channel(colour.slice(5, 7));
  const withWhite = 1.05 / (luminance + 0.05);
  const withBlack = (luminance + 0.05) / 0.05;
  return withWhite >= withBlack ? '#ffffff' : '#0b0c0c';
}
