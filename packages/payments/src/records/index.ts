/**
 * `@civicbricks/payments/records`: our own record of every payment and refund,
 * kept with `@civicbricks/storage` and audited. Server-side (it needs a store).
 */
export {
  createPaymentLedger,
  PAYMENTS_COLLECTION,
  type PaymentLedger,
  type PaymentLedgerOptions,
  type PaymentRecord,
  type PaymentRecordData,
  type PaymentRecordStatus,
  type RefundEntry,
  type StartPaymentInput,
  type StartResult,
} from './ledger.js';
export { paymentsMigrations } from './migrations.js';
export { reconcile, type Mismatch, type MismatchKind, type ReconciliationReport } from './reconcile.js';
