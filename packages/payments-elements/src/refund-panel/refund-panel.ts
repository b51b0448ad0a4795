import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, safeUrl, translatorFor } from '@civicbricks/elements';
import { refundPanelMessages } from './refund-panel.messages.js';
import { refundPanelTemplate } from './refund-panel.template.js';

/**
 * @tagname civic-refund-panel
 * @summary For staff: a payment's reference, what was paid and what is left to refund, and a form to refund all or part of it.
 *
 * The form posts natively to `action` (through `safeUrl`), so it works with JavaScript off; the amount field
 * starts at the whole `amount-available` (GOV.UK Pay's `refund_amount_available`, in pence) and the
 * caseworker changes it for a partial refund. After a refused amount, render it again with `value` and
 * `error-message`. What was typed into server-rendered markup before the script loaded is kept.
 */
export class CivicRefundPanel extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .civic-refund-panel';

  /** Where the form posts. */
  @property() action: string | undefined;
  @property({ attribute: 'payment-reference' }) paymentReference: string | undefined;
  /** What was paid, in pence. */
  @property({ type: Number, attribute: 'amount-paid' }) amountPaid: number | undefined;
  /** What is left to refund, in pence. */
  @property({ type: Number, attribute: 'amount-available' }) amountAvailable: number | undefined;
  /** The amount field's name; `amount` if absent. */
  @property() name: string | undefined;
  /** The amount field's id; `refund-amount` if absent. */
  @property({ attribute: 'field-id' }) fieldId: string | undefined;
  /** What was typed; the full amount available if absent. */
  @property() value: string | undefined;
  @property({ attribute: 'error-message' }) errorMessage: string | undefined;

  protected override adoptServerState(serverRoot: HTMLElement): void {
    const input = serverRoot.querySelector('input');
    if (input && input.value !== input.defaultValue) this.value = input.value;
  }

  protected override render(): TemplateResult | undefined {
    const { action, paymentReference, amountPaid, amountAvailable } = this;
    if (action === undefined || paymentReference === undefined || amountPaid === undefined || amountAvailable === undefined) {
      return undefined;
    }
    const t = translatorFor(refundPanelMessages, this.locale, this.messages);
    const options = {
      action,
      paymentReference,
      amountPaid,
      amountAvailable,
      name: this.name,
      id: this.fieldId,
      value: this.value,
      errorMessage: this.errorMessage,
    };
    return refundPanelTemplate(options, t, this.locale, safeUrl(action));
  }
}
