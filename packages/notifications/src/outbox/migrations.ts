/**
 * The notifications brick's own migrations for `@civicbricks/storage`. Give
 * them to `createStore({ migrations: [notificationsMigrations] })`; the outbox
 * provider and the delivery also apply them on first use (running them again
 * does nothing).
 */
import { sql, type BrickMigrations } from '@civicbricks/storage';

/** Messages kept by the outbox provider: what would have been sent, to whom, and its simulated status. */
export const MESSAGES_COLLECTION = 'notifications.messages';
/** One record per queued notification: how its delivery went. Holds no personal data. */
export const DELIVERIES_COLLECTION = 'notifications.deliveries';

export const notificationsMigrations: BrickMigrations = {
  brick: 'notifications',
  migrations: [
    {
      version: 1,
      name: 'message-and-delivery-indexes',
      // `sql` is undefined on the memory adapter, which needs no indexes.
      up: async ({ sql: db }) => {
        await db?.execute(
          sql`create index if not exists notifications_messages_reference on civic_records ((data ->> 'reference'), seq) where collection = 'notifications.messages'`,
        );
        await db?.execute(
          sql`create index if not exists notifications_messages_status on civic_records ((data ->> 'status'), (data ->> 'type'), seq) where collection = 'notifications.messages'`,
        );
        await db?.execute(
          sql`create index if not exists notifications_deliveries_provider_id on civic_records ((data ->> 'providerId')) where collection = 'notifications.deliveries'`,
        );
      },
    },
  ],
};
