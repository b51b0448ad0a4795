/** The HTML document around a journey page: GOV.UK's page template with the council's header. Node only. */
import { renderHeader, renderSkipLink } from '@civicbricks/elements/server';
import type { Locale } from '@civicbricks/core/i18n';
import { escapeHtml } from '../render-html.js';

export interface DocumentOptions {
  readonly locale: Locale;
  /** The `<title>`: the page's title, "Error: " first when the page shows errors, then the service's name. */
  readonly title: string;
  readonly serviceName: string;
  readonly organisationName: string;
  readonly serviceUrl: string;
  readonly stylesheets: readonly string[];
  readonly scripts: readonly string[];
  /** The same page in the other language. */
  readonly languageToggle?: { readonly href: string; readonly text: string; readonly lang: Locale };
  /** HTML before `<main>`, in the page's width container, as GOV.UK's `beforeContent` block: the back link's place. */
  readonly beforeContent?: string;
  readonly main: string;
}

/** A whole page. No inline script or style, so it works under a strict Content Security Policy. */
export function renderDocument(options: DocumentOptions): string {
  const context = { lang: options.locale };
  const links = options.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  const scripts = options.scripts.map((src) => `<script type="module" src="${escapeHtml(src)}"></script>`).join('');
  const toggle = options.languageToggle
    ? `<p class="govuk-body civic-language-toggle"><a class="govuk-link" href="${escapeHtml(options.languageToggle.href)}" hreflang="${options.languageToggle.lang}" lang="${options.languageToggle.lang}">${escapeHtml(options.languageToggle.text)}</a></p>`
    : '';
  return (
    `<!DOCTYPE html><html lang="${options.locale}" class="govuk-template"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(options.title)}</title><meta name="viewport" content="width=device-width, initial-scale=1">${links}${scripts}</head>` +
    `<body class="govuk-template__body">${renderSkipLink({ href: '#main-content' }, context)}` +
    // govuk-frontend 6's header is a div: the page template supplies the banner landmark around it (and the language link).
    `<header class="govuk-template__header">${renderHeader(
      { organisationName: options.organisationName, serviceName: options.serviceName, serviceUrl: options.serviceUrl },
      context,
    )}${toggle ? `<div class="govuk-width-container">${toggle}</div>` : ''}</header>` +
    `<div class="govuk-width-container">${options.beforeContent ?? ''}<main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">` +
    `${options.main}</div></div></main></div></body></html>`
  );
}
