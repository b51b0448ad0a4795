import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Translator } from '@civicbricks/core/i18n';
import { safeUrl } from '@civicbricks/elements';
import { placeholderKey, renderTemplate } from '@civicbricks/notifications';
import { fillBody, parseBlocks, parseInline, type EmailBlock } from './email-preview.blocks.js';
import type { EmailPreviewMessageKey } from './email-preview.messages.js';
import type { EmailPreviewOptions } from './email-preview.options.js';

type T = Translator<EmailPreviewMessageKey>;

const PLACEHOLDER = /\(\([^()]+\)\)/g;

/** Lines of plain text with `<br>` between them, missing placeholders marked. */
function plain(text: string, missing: ReadonlySet<string>): TemplateResult {
  return html`${text.split('\n').map((line, index) => {
    const parts: (string | TemplateResult)[] = [];
    let last = 0;
    for (const match of line.matchAll(PLACEHOLDER)) {
      if (!missing.has(placeholderKey(match[0].slice(2, -2).split('??')[0] ?? ''))) continue;
      parts.push(line.slice(last, match.index), html`<mark class="civic-placeholder">${match[0]}</mark>`);
      last = match.index + match[0].length;
    }
    parts.push(line.slice(last));
    return html`${index > 0 ? html`<br />` : nothing}${parts}`;
  })}`;
}

function inline(text: string, values: readonly string[]): TemplateResult {
  return html`${parseInline(text, values).map((token) =>
    token.kind === 'missing'
      ? html`<mark class="civic-placeholder">${token.text}</mark>`
      : token.kind === 'link'
        ? html`<a class="govuk-link" href=${safeUrl(token.href)}>${token.text}</a>`
        : html`${token.text.split('\n').map((line, index) => html`${index > 0 ? html`<br />` : nothing}${line}`)}`,
  )}`;
}

function block(item: EmailBlock, values: readonly string[]): TemplateResult | typeof nothing {
  switch (item.kind) {
    case 'heading':
      return html`<h2 class="govuk-heading-m">${inline(item.text, values)}</h2>`;
    case 'rule':
      return html`<hr class="govuk-section-break govuk-section-break--m govuk-section-break--visible" />`;
    case 'paragraph':
      return item.text.trim() === '' ? nothing : html`<p class="govuk-body">${inline(item.text, values)}</p>`;
    case 'inset':
      return html`<div class="govuk-inset-text">${item.blocks.map((inner) => block(inner, values))}</div>`;
    case 'list':
      return item.ordered
        ? html`<ol class="govuk-list govuk-list--number">
            ${item.items.map((entry) => html`<li>${inline(entry, values)}</li>`)}
          </ol>`
        : html`<ul class="govuk-list govuk-list--bullet">
            ${item.items.map((entry) => html`<li>${inline(entry, values)}</li>`)}
          </ul>`;
  }
}

/**
 * The preview as one Lit template: the subject, the body built block by block with GOV.UK classes (never the
 * HTML string from `renderTemplate`), and the plain-text version in a details element. Missing values are
 * highlighted as `((name))` and listed in a warning.
 */
export function emailPreviewTemplate(options: EmailPreviewOptions, t: T, pageLocale: Locale, idPrefix: string): TemplateResult {
  const { template } = options;
  if (!template) return html`<p class="govuk-body civic-email-preview">${t('noTemplate')}</p>`;
  if (template.type !== 'email') {
    return html`<p class="govuk-body civic-email-preview">${t('cannotPreview', { reason: t('notEmail') })}</p>`;
  }
  const personalisation = options.personalisation ?? {};
  let rendered: ReturnType<typeof renderTemplate>;
  try {
    rendered = renderTemplate(template, personalisation, { locale: options.recipientLocale ?? pageLocale, purpose: 'preview' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return html`<p class="govuk-body civic-email-preview">${t('cannotPreview', { reason })}</p>`;
  }
  const missing = new Set(rendered.missing.map(placeholderKey));
  const body = (template.variants[rendered.locale] ?? template.variants.en).body;
  const filled = fillBody(body, personalisation, template.formattedPlaceholders);
  const blocks = parseBlocks(filled.text);
  return html`<figure class="govuk-!-margin-0 civic-email-preview" aria-labelledby="${idPrefix}-caption">
    <figcaption id="${idPrefix}-caption" class="govuk-heading-s">${t('caption')}</figcaption>
    ${
      rendered.missing.length > 0
        ? html`<div class="govuk-warning-text civic-email-preview__missing">
            <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">${t('warning')}</span> ${t('missing', { names: rendered.missing.join(', ') })}
            </strong>
          </div>`
        : nothing
    }
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">${t('subject')}</dt>
        <dd class="govuk-summary-list__value civic-email-preview__subject">${plain(rendered.subject ?? '', missing)}</dd>
      </div>
    </dl>
    <section class="civic-email-preview__body" aria-labelledby="${idPrefix}-body" lang=${rendered.locale}>
      <h2 id="${idPrefix}-body" class="govuk-visually-hidden">${t('body')}</h2>
      ${blocks.map((item) => block(item, filled.values))}
    </section>
    <details class="govuk-details">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">${t('plainText')}</span></summary>
      <div class="govuk-details__text govuk-body civic-email-preview__text" lang=${rendered.locale}>
        ${plain(rendered.text.trim(), missing)}
      </div>
    </details>
  </figure>`;
}
