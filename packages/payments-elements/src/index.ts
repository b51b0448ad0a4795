/**
 * @civicbricks/payments-elements: the pages of a payment, in English and Welsh.
 * Importing this module defines nothing; import `./define` (or call `defineElement`) to register the tags.
 */
export { pounds } from './money.js';
export { CivicPaymentSummary } from './payment-summary/payment-summary.js';
export { paymentSummaryMessages, type PaymentSummaryMessageKey } from './payment-summary/payment-summary.messages.js';
export { paymentSummaryAttributes, type PaymentSummaryOptions } from './payment-summary/payment-summary.options.js';
export { paymentSummaryTemplate } from './payment-summary/payment-summary.template.js';
export { CivicPaymentConfirmation } from './payment-confirmation/payment-confirmation.js';
export { paymentConfirmationMessages, type PaymentConfirmationMessageKey } from './payment-confirmation/payment-confirmation.messages.js';
export { paymentConfirmationAttributes, type PaymentConfirmationOptions } from './payment-confirmation/payment-confirmation.options.js';
export { paymentConfirmationTemplate } from './payment-confirmation/payment-confirmation.template.js';
export { CivicPaymentFailed } from './payment-failed/payment-failed.js';
export { paymentFailedMessages, type PaymentFailedMessageKey } from './payment-failed/payment-failed.messages.js';
export {
  failureCodes,
  paymentFailedAttributes,
  type FailureCode,
  type PaymentFailedOptions,
} from './payment-failed/payment-failed.options.js';
export { paymentFailedTemplate } from './payment-failed/payment-failed.template.js';
export { CivicRefundPanel } from './refund-panel/refund-panel.js';
export { refundPanelMessages, type RefundPanelMessageKey } from './refund-panel/refund-panel.messages.js';
export { refundPanelAttributes, type RefundPanelOptions } from './refund-panel/refund-panel.options.js';
export { refundPanelTemplate } from './refund-panel/refund-panel.template.js';
