import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, translatorFor } from '@civicbricks/elements';
import type { Personalisation, Template } from '@civicbricks/notifications';
import { emailPreviewMessages } from './email-preview.messages.js';
import type { EmailPreviewOptions } from './email-preview.options.js';
import { emailPreviewTemplate } from './email-preview.template.js';

let instances = 0;

/**
 * @tagname civic-email-preview
 * @summary An email template rendered for one language with its personalisation: the subject, a formatted preview and the plain-text version.
 *
 * The subject and plain text come from `renderTemplate` in `@civicbricks/notifications`. The
 * formatted body is built with Lit templates and GOV.UK classes from the template's own
 * formatting, not by injecting the HTML string `renderTemplate` returns. Missing values are
 * highlighted as `((name))` and listed in a warning.
 */
export class CivicEmailPreview extends CivicElement {
  /** An email template (JSON in the `template` attribute). */
  @property({ type: Object }) template: Template | undefined;
  /** Values for its placeholders (JSON in the `personalisation` attribute). */
  @property({ type: Object }) personalisation: Personalisation | undefined;
  /** Which of the template's languages to show (`en`, `cy`); the page language if absent. */
  @property({ attribute: 'recipient-locale' }) recipientLocale: string | undefined;

  private readonly idPrefix = `civic-email-preview-${++instances}`;

  get options(): EmailPreviewOptions {
    return { template: this.template, personalisation: this.personalisation, recipientLocale: this.recipientLocale };
  }

  protected override render(): TemplateResult {
    const t = translatorFor(emailPreviewMessages, this.locale, this.messages);
    return html`${emailPreviewTemplate(this.options, t, this.locale, this.id ? `${this.id}-preview` : this.idPrefix)}`;
  }
}
