/**
 * `@civicbricks/notifications/outbox`: notifications kept in
 * `@civicbricks/storage`. Server-side (it needs a store).
 *
 * - {@link createOutboxProvider}: the embedded default provider, which stores
 *   messages to be listed and read instead of sending them;
 * - {@link notificationsMigrations}: this brick's migrations for the store.
 */
export {
  createOutboxProvider,
  simulatedOutcome,
  type OutboxProvider,
  type OutboxProviderOptions,
  type SimulatedDelivery,
  type StoredNotification,
  type StoredNotificationQuery,
} from './outbox-provider.js';
export { notificationsMigrations, MESSAGES_COLLECTION, DELIVERIES_COLLECTION } from './migrations.js';
export {
  queueNotification,
  referenceForKey,
  NOTIFICATION_TOPIC,
  NOTIFICATION_PAYLOAD_VERSION,
  type QueueNotificationInput,
  type QueuedNotification,
  type NotificationPayload,
} from './queue.js';
export {
  createNotificationDelivery,
  deliveryIdForKey,
  type NotificationDelivery,
  type NotificationDeliveryOptions,
  type DeliveryRecord,
  type DeliveryState,
} from './delivery.js';
