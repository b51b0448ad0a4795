/**
 * `@civicbricks/notifications/notify`: the GOV.UK Notify provider and the
 * delivery receipt handler. Server-side: the provider holds your API key and
 * the receipt handler needs Node's crypto.
 */
export {
  createNotifyProvider,
  nextMidnightUtc,
  NOTIFY_BASE_URL,
  type NotifyProviderOptions,
  type NotifyBackoff,
} from './notify-provider.js';
export { parseApiKey, createNotifyToken, type NotifyCredentials } from './api-key.js';
export { RollingRateLimiter, type RateLimiterOptions } from './rate-limit.js';
export {
  createDeliveryReceiptHandler,
  type DeliveryReceiptHandler,
  type DeliveryReceiptOptions,
  type DeliveryReceiptResult,
  type ReceiptHeaders,
  type StatusUpdate,
} from './receipts.js';
export { isStatusAdvance } from '../status.js';
