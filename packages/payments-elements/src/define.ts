// Registers the payments elements under their `civic-` tags. Safe to import more than once.
import { defineElement } from '@civicbricks/elements';
import { CivicPaymentConfirmation } from './payment-confirmation/payment-confirmation.js';
import { CivicPaymentFailed } from './payment-failed/payment-failed.js';
import { CivicPaymentSummary } from './payment-summary/payment-summary.js';
import { CivicRefundPanel } from './refund-panel/refund-panel.js';

export const tagNames = {
  'civic-payment-summary': CivicPaymentSummary,
  'civic-payment-confirmation': CivicPaymentConfirmation,
  'civic-payment-failed': CivicPaymentFailed,
  'civic-refund-panel': CivicRefundPanel,
} as const;

for (const [tagName, elementClass] of Object.entries(tagNames)) defineElement(tagName, elementClass);

declare global {
  interface HTMLElementTagNameMap {
    'civic-payment-summary': CivicPaymentSummary;
    'civic-payment-confirmation': CivicPaymentConfirmation;
    'civic-payment-failed': CivicPaymentFailed;
    'civic-refund-panel': CivicRefundPanel;
  }
}
