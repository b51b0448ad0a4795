/**
 * `@civicbricks/payments/webhooks`: verifying and handling GOV.UK Pay webhook
 * messages. Server-side: it needs Node's crypto and holds your signing secret.
 */
export {
  createPayWebhookHandler,
  createNodeWebhookListener,
  verifyPaySignature,
  signPayWebhook,
  SIGNATURE_HEADER,
  type PayWebhookEvent,
  type PayWebhookHandler,
  type PayWebhookOptions,
  type PayWebhookResult,
  type WebhookHeaders,
  type NodeListenerOptions,
} from './webhooks.js';
