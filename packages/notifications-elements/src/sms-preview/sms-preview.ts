import { type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, translatorFor } from '@civicbricks/elements';
import type { Personalisation, Template } from '@civicbricks/notifications';
import { smsPreviewMessages } from './sms-preview.messages.js';
import type { SmsPreviewOptions } from './sms-preview.options.js';
import { countSummary, smsPreviewState, smsPreviewTemplate } from './sms-preview.template.js';

/** Quiet time after the last change before screen readers hear the count, as the character count waits. */
export const announceDelayMs = 1000;

let instances = 0;

/**
 * @tagname civic-sms-preview
 * @summary A text message as GOV.UK Notify will send it, with its length, what it is charged as, its encoding and the characters Notify changes.
 *
 * Give the message as `text` (bind it to a textarea for a live count), or a text
 * message `template` with its `personalisation` to render it first; missing values
 * stay visible as highlighted `((name))` and are listed. Counts come from
 * `countSms` in `@civicbricks/notifications`, so they match what Notify bills.
 * The visible count changes on every edit; a visually hidden `aria-live="polite"`
 * status says it once editing pauses, so screen readers are not interrupted per key.
 * Plain text throughout: nothing is ever parsed as HTML.
 */
export class CivicSmsPreview extends CivicElement {
  /** The message as it will be sent. Ignored when `template` is set. */
  @property() text: string | undefined;
  /** A text message template (JSON in the `template` attribute). */
  @property({ type: Object }) template: Template | undefined;
  /** Values for the template's placeholders (JSON in the `personalisation` attribute). */
  @property({ type: Object }) personalisation: Personalisation | undefined;
  /** Which of the template's languages to show (`en`, `cy`); the page language if absent. */
  @property({ attribute: 'recipient-locale' }) recipientLocale: string | undefined;

  /** What the live region says; lags the visible count until editing pauses. */
  private announced: string | undefined;
  private current = '';
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly idPrefix = `civic-sms-preview-${++instances}`;

  get options(): SmsPreviewOptions {
    return { text: this.text, template: this.template, personalisation: this.personalisation, recipientLocale: this.recipientLocale };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The first count is there when the region appears, so nothing is announced for it; later ones wait for a pause.
    if (this.announced === undefined) this.announced = this.current;
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    if (this.announced === this.current) return;
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.announced = this.current;
      this.requestUpdate();
    }, announceDelayMs);
  }

  protected override render(): TemplateResult {
    const t = translatorFor(smsPreviewMessages, this.locale, this.messages);
    const result = smsPreviewState(this.options, this.locale, t);
    this.current = result.ok ? countSummary(result.state.count, t) : '';
    const prefix = this.id ? `${this.id}-preview` : this.idPrefix;
    return smsPreviewTemplate(result, t, prefix, { announced: this.announced ?? this.current });
  }
}
