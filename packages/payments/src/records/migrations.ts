/**
 * The payments brick's migrations for `@civicbricks/storage`: indexes for the
 * look-ups the ledger makes (a basket's payments, payments by status). Give
 * them to `createStore({ migrations: [paymentsMigrations] })`.
 */
import { sql, type BrickMigrations } from '@civicbricks/storage';

export const paymentsMigrations: BrickMigrations = {
  brick: 'payments',
  migrations: [
    {
      version: 1,
      name: 'payment-record-indexes',
      // `sql` is undefined on the memory adapter, which needs no indexes. DDL takes no bind
      // parameters, so the collection name (PAYMENTS_COLLECTION) is written out.
      up: async ({ sql: db }) => {
        await db?.execute(
          sql`create index if not exists payments_payment_basket on civic_records ((data ->> 'basketId'), seq) where collection = 'payments.payment'`,
        );
        await db?.execute(
          sql`create index if not exists payments_payment_status on civic_records ((data ->> 'status'), seq) where collection = 'payments.payment'`,
        );
      },
    },
  ],
};
