/**
 * Our own record of every payment, kept with `@civicbricks/storage` and
 * audited, so a payment is never lost and a basket is never charged twice.
 *
 * - A payment is recorded (`creating`) before the provider is asked to make it,
 *   under an id made from the basket and the attempt, which is also the
 *   provider's idempotency key. If the answer is lost, `recover()` asks again
 *   with the same key and the provider gives back the payment it made.
 * - One basket has at most one payment that can still succeed: `start` gives
 *   back the basket's open or successful payment instead of making another,
 *   and makes a new attempt only after the last one failed or was cancelled.
 * - Statuses only move forward (`confirm` reads the provider's GET).
 * - Refunds are reserved on the record first (optimistic concurrency: a stale
 *   version is refused), one at a time per payment, so the sum refunded can
 *   never pass the amount paid, whatever number of caseworkers press "Refund".
 * - No card data and no email address is stored: only what identifies the
 *   payment, its amount, status and refunds. Audit entries carry codes and amounts.
 */
import { ConflictError, isCivicError, NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import type { Collection, StorageHandle, Store, StoredRecord } from '@civicbricks/storage';
import * as z from 'zod/mini';
import type { Basket } from '../fees.js';
import { RefundAmountMismatchError, RefundNotAvailableError, refundTooMuch } from '../errors.js';
import type { Payment, PaymentProvider } from '../provider.js';
import { createPaymentInputSchema, type CreatePaymentInput } from '../schema.js';
import { isStatusAdvance, PAYMENT_STATUSES } from '../states.js';

export const PAYMENTS_COLLECTION = 'payments.payment';

const refundEntrySchema = z.object({
  id: z.string(),
  amount: z.int(),
  /** `pending`: reserved here, not yet confirmed by the provider. */
  status: z.enum(['pending', 'submitted', 'success', 'error']),
  refundId: z.nullable(z.string()),
  actor: z.string(),
  requestedAt: z.string(),
});

/** A basket line's fields, as `priceBasket` makes them and the record keeps them. */
const lineFields = {
  itemId: z.string(),
  description: z.string(),
  quantity: z.int(),
  unitAmount: z.int(),
  amount: z.int(),
};

const recordSchema = z.object({
  basketId: z.string(),
  attempt: z.int(),
  provider: z.string(),
  paymentId: z.nullable(z.string()),
  /** Where to send the paying user while the payment is `created`. */
  nextUrl: z.nullable(z.string()),
  /** `creating`: asked for, answer not yet known; `refused`: the provider refused the request, nothing was made. */
  status: z.enum(['creating', 'refused', ...PAYMENT_STATUSES]),
  code: z.nullable(z.string()),
  amount: z.int(),
  reference: z.string(),
  description: z.string(),
  refunds: z.array(refundEntrySchema),
  /** What the amount is made of, as the paying user saw it: item ids, quantities and pence (never the answers). */
  breakdown: z.optional(z.array(z.object({ ...lineFields, concessionId: z.nullable(z.string()) }))),
});

export type PaymentRecordData = z.output<typeof recordSchema>;
export type PaymentRecordStatus = PaymentRecordData['status'];
export type RefundEntry = z.output<typeof refundEntrySchema>;
export type PaymentRecord = StoredRecord<PaymentRecordData>;

export interface PaymentLedgerOptions {
  readonly store: Store;
  readonly provider: PaymentProvider;
  /** `() => new Date()` if absent. */
  readonly clock?: () => Date;
}

// Short enough that `<basketId>-<attempt>`, the idempotency key, fits GOV.UK Pay's 100-character metadata value.
const BASKET_ID = /^[A-Za-z0-9-]{1,80}$/;

const startSchema = z.extend(z.omit(createPaymentInputSchema, { idempotencyKey: true }), {
  /** Your id for what is being paid for: one basket is never charged twice. Letters, digits and hyphens. */
  basketId: z.string().check(z.regex(BASKET_ID, '`basketId` must be 1 to 80 letters, digits and hyphens')),
  /** Pseudonymous id of who started it (a session or account id); `citizen` if absent. */
  actor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** The priced basket (from `priceBasket`): its total must be the amount, and its lines are kept with the payment. */
  basket: z.optional(
    z.object({
      total: z.int(),
      lines: z.array(z.object({ ...lineFields, concession: z.nullable(z.object({ id: z.string() })) })),
    }),
  ),
});

/** What `start` takes: the payment, the basket id, and optionally the priced basket. */
export type StartPaymentInput = Omit<z.input<typeof startSchema>, 'basket'> & { readonly basket?: Basket };

const refundSchema = z.strictObject({
  recordId: z.string().check(z.minLength(1)),
  amount: z.int().check(z.minimum(1, '`amount` must be at least 1p')),
  /** Pseudonymous id of the caseworker. */
  actor: z.string().check(z.minLength(1), z.maxLength(200)),
});

export interface StartResult {
  readonly record: PaymentRecord;
  /** Where to send the paying user; absent when the payment is not waiting for them. */
  readonly nextUrl: string | null;
  /** False when the basket already had a payment that was given back instead. */
  readonly created: boolean;
}

/** The records of payments taken through one provider. */
export interface PaymentLedger {
  start(input: StartPaymentInput): Promise<StartResult>;
  /** Reads the payment from the provider (a GET) and records any move forward. */
  confirm(recordId: string): Promise<PaymentRecord>;
  /**
   * The same, found by the provider's payment id: what a webhook handler's `onEvent`
   * calls, so a webhook prompts the GET and never decides by itself.
   * @throws {NotFoundError} when no record has this payment.
   */
  confirmPayment(paymentId: string): Promise<PaymentRecord>;
  refund(input: { recordId: string; amount: number; actor: string }): Promise<PaymentRecord>;
  /**
   * Finishes what a crash or a lost answer left: a payment still `creating` is
   * looked up at the provider by its idempotency key (and recorded if it was
   * made), a refund still `pending` is looked up in the provider's refunds, and
   * unfinished payments are confirmed with a GET. It never makes a payment.
   */
  recover(): Promise<{ readonly created: number; readonly confirmed: number; readonly refundsSettled: number }>;
  get(recordId: string): Promise<PaymentRecord>;
  forBasket(basketId: string): Promise<readonly PaymentRecord[]>;
  list(status?: PaymentRecordStatus): Promise<readonly PaymentRecord[]>;
}

export function createPaymentLedger(options: PaymentLedgerOptions): PaymentLedger {
  const { store, provider } = options;
  const clock = options.clock ?? (() => new Date());
  const records = (handle: StorageHandle = store): Collection<PaymentRecordData> => handle.collection(PAYMENTS_COLLECTION, recordSchema);

  async function collect(where?: Readonly<Record<string, string>>): Promise<PaymentRecord[]> {
    const found: PaymentRecord[] = [];
    let cursor: string | undefined;
    do {
      const page = await records().list({ limit: 500, ...(where ? { where } : {}), ...(cursor ? { cursor } : {}) });
      found.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return found;
  }

  async function forBasket(basketId: string): Promise<PaymentRecord[]> {
    return (await collect({ basketId })).sort((a, b) => a.data.attempt - b.data.attempt);
  }

  const listAll = (status?: PaymentRecordStatus): Promise<PaymentRecord[]> => collect(status ? { status } : undefined);

  /** Writes what the provider said, if it moves the record forward, with its audit entry, in one transaction. */
  async function apply(recordId: string, payment: Payment, actor: string): Promise<PaymentRecord> {
    for (;;) {
      const current = await records().require(recordId);
      const known = current.data.status;
      const forward = known === 'creating' || known === 'refused' ? true : isStatusAdvance(known, payment.status);
      const samePayment = current.data.paymentId === null || current.data.paymentId === payment.paymentId;
      if (!samePayment) {
        throw new ConflictError('payments.records.other_payment', 'The provider gave back a different payment for this record', {
          path: ['recordId'],
        });
      }
      if (!forward && current.data.paymentId !== null) return current;
      try {
        return await store.transaction(async (tx) => {
          const updated = await records(tx).update(recordId, current.version, {
            ...current.data,
            paymentId: payment.paymentId,
            nextUrl: payment.status === 'created' ? (payment.nextUrl ?? current.data.nextUrl) : null,
            status: payment.status,
            code: payment.code,
          });
          await tx.audit.append({
            actor,
            action: known === 'creating' ? 'payment.created' : 'payment.status_changed',
            collection: PAYMENTS_COLLECTION,
            recordId,
            fields: ['status', ...(current.data.paymentId === null ? ['paymentId'] : [])],
            metadata: { from: known, to: payment.status, code: payment.code, paymentId: payment.paymentId, provider: provider.name },
          });
          return updated;
        });
      } catch (error) {
        if (error instanceof ConflictError && error.code !== 'payments.records.other_payment') continue;
        throw error;
      }
    }
  }

  async function create(record: PaymentRecord, input: CreatePaymentInput, actor: string): Promise<PaymentRecord> {
    try {
      const { payment } = await provider.createPayment({ ...input, idempotencyKey: record.id });
      return await apply(record.id, payment, actor);
    } catch (error) {
      // Refused outright (bad input, a bad key): nothing was made, so the basket may try again.
      if (isCivicError(error) && !error.retryable && error instanceof ValidationError) {
        await store.transaction(async (tx) => {
          const current = await records(tx).require(record.id);
          await records(tx).update(record.id, current.version, { ...current.data, status: 'refused' });
          await tx.audit.append({
            actor,
            action: 'payment.refused',
            collection: PAYMENTS_COLLECTION,
            recordId: record.id,
            fields: ['status'],
            metadata: { code: error.code, provider: provider.name },
          });
        });
      }
      throw error;
    }
  }

  const ledger: PaymentLedger = {
    async start(input) {
      const request = parseInput(startSchema, input, { codePrefix: 'payments.records.start', what: 'payment' });
      const { basketId, actor = 'citizen', basket, ...payment } = request;
      if (basket && basket.total !== payment.amount) {
        throw new ValidationError(
          'payments.records.basket_mismatch',
          'The amount must be the basket total: the paying user is shown the breakdown',
          {
            path: ['amount'],
          },
        );
      }
      const breakdown = basket?.lines.map((line) => ({
        itemId: line.itemId,
        description: line.description,
        quantity: line.quantity,
        unitAmount: line.unitAmount,
        amount: line.amount,
        concessionId: line.concession?.id ?? null,
      }));
      for (;;) {
        const existing = await forBasket(basketId);
        const open = existing.find((record) => !['refused', 'failed', 'cancelled', 'error'].includes(record.data.status));
        if (open) {
          // Still `creating`: the last answer was lost. Asking again with the same key gives back what was made.
          const refreshed = open.data.status === 'creating' ? await create(open, payment, actor) : open;
          return { record: refreshed, nextUrl: refreshed.data.nextUrl, created: false };
        }
        const attempt = (existing.at(-1)?.data.attempt ?? 0) + 1;
        const id = `${basketId}-${attempt}`;
        let record: PaymentRecord;
        try {
          record = await store.transaction(async (tx) => {
            const inserted = await records(tx).insert(
              {
                basketId,
                attempt,
                provider: provider.name,
                paymentId: null,
                nextUrl: null,
                status: 'creating',
                code: null,
                amount: payment.amount,
                reference: payment.reference,
                description: payment.description,
                refunds: [],
                ...(breakdown ? { breakdown } : {}),
              },
              { id },
            );
            await tx.audit.append({
              actor,
              action: 'payment.requested',
              collection: PAYMENTS_COLLECTION,
              recordId: id,
              fields: ['status'],
              metadata: { basketId, attempt, amount: payment.amount, provider: provider.name },
            });
            return inserted;
          });
        } catch (error) {
          // Another request for the same basket got there first: use its payment.
          if (error instanceof ConflictError && error.code === 'storage.record_exists') continue;
          throw error;
        }
        const made = await create(record, payment, actor);
        return { record: made, nextUrl: made.data.nextUrl, created: true };
      }
    },

    async confirm(recordId) {
      const record = await records().require(recordId);
      if (record.data.paymentId === null) {
        throw new NotFoundError('payments.records.not_created', 'This payment has not been made at the provider yet: run recover()', {
          path: ['recordId'],
        });
      }
      const payment = await provider.getPayment(record.data.paymentId);
      return apply(recordId, payment, 'system');
    },

    async confirmPayment(paymentId) {
      const [record] = await collect({ paymentId });
      if (!record)
        throw new NotFoundError('payments.records.unknown_payment', 'No payment record has this payment id', { path: ['paymentId'] });
      return ledger.confirm(record.id);
    },

    async refund(input) {
      const request = parseInput(refundSchema, input, { codePrefix: 'payments.records.refund', what: 'refund' });
      for (;;) {
        const current = await records().require(request.recordId);
        const { data } = current;
        if (data.status !== 'success' || data.paymentId === null) {
          throw new RefundNotAvailableError(`This payment is ${data.status}: only a successful payment can be refunded`, undefined);
        }
        if (data.refunds.some((entry) => entry.status === 'pending')) {
          throw new ConflictError(
            'payments.refund_in_progress',
            'Someone else is refunding this payment right now: look at the payment again in a moment',
            { path: ['recordId'], retryable: true },
          );
        }
        const refunded = data.refunds.filter((entry) => entry.status !== 'error').reduce((sum, entry) => sum + entry.amount, 0);
        const available = data.amount - refunded;
        if (request.amount > available) throw refundTooMuch(available);
        const entry: RefundEntry = {
          id: `${current.id}-r${data.refunds.length + 1}`,
          amount: request.amount,
          status: 'pending',
          refundId: null,
          actor: request.actor,
          requestedAt: clock().toISOString(),
        };
        let reserved: PaymentRecord;
        try {
          reserved = await store.transaction(async (tx) => {
            const updated = await records(tx).update(current.id, current.version, { ...data, refunds: [...data.refunds, entry] });
            await tx.audit.append({
              actor: request.actor,
              action: 'payment.refund_requested',
              collection: PAYMENTS_COLLECTION,
              recordId: current.id,
              fields: ['refunds'],
              metadata: { refund: entry.id, amount: entry.amount, available },
            });
            return updated;
          });
        } catch (error) {
          // Someone changed the record since we read it: read again, and the checks above see their refund.
          if (error instanceof ConflictError && error.code !== 'payments.refund_in_progress') continue;
          throw error;
        }
        try {
          const { refund } = await provider.refundPayment({
            paymentId: data.paymentId,
            amount: request.amount,
            refundAmountAvailable: available,
          });
          return await settleRefund(reserved.id, entry.id, { status: refund.status, refundId: refund.refundId }, request.actor);
        } catch (error) {
          if (
            error instanceof RefundAmountMismatchError ||
            error instanceof RefundNotAvailableError ||
            (isCivicError(error) && !error.retryable)
          ) {
            await settleRefund(reserved.id, entry.id, { status: 'error', refundId: null }, request.actor, error.code);
          }
          // A retryable failure may have refunded: the entry stays pending until recover() asks the provider.
          throw error;
        }
      }
    },

    async recover() {
      let created = 0;
      let confirmed = 0;
      let refundsSettled = 0;
      for (const record of await listAll('creating')) {
        // Only look: the paying user was never sent to a payment whose answer was lost, so none is made here.
        const found = await provider.findPayment(record.id, record.data.reference);
        if (found) {
          await apply(record.id, found, 'system');
          created += 1;
        }
      }
      for (const record of await listAll()) {
        if (record.data.paymentId === null) continue;
        const unfinished = ['created', 'started', 'submitted', 'capturable'].includes(record.data.status);
        if (unfinished) {
          const before = record.data.status;
          const after = await ledger.confirm(record.id);
          if (after.data.status !== before) confirmed += 1;
        }
        if (record.data.refunds.some((entry) => entry.status === 'pending')) refundsSettled += await settlePending(record);
      }
      return { created, confirmed, refundsSettled };
    },

    get: (recordId) => records().require(recordId),
    forBasket,
    list: listAll,
  };

  async function settleRefund(
    recordId: string,
    entryId: string,
    outcome: { status: RefundEntry['status']; refundId: string | null },
    actor: string,
    errorCode?: string,
  ): Promise<PaymentRecord> {
    for (;;) {
      const current = await records().require(recordId);
      const refunds = current.data.refunds.map((entry) => (entry.id === entryId ? { ...entry, ...outcome } : entry));
      try {
        return await store.transaction(async (tx) => {
          const updated = await records(tx).update(recordId, current.version, { ...current.data, refunds });
          await tx.audit.append({
            actor,
            action: outcome.status === 'error' ? 'payment.refund_failed' : 'payment.refunded',
            collection: PAYMENTS_COLLECTION,
            recordId,
            fields: ['refunds'],
            metadata: { refund: entryId, status: outcome.status, refundId: outcome.refundId, ...(errorCode ? { code: errorCode } : {}) },
          });
          return updated;
        });
      } catch (error) {
        if (error instanceof ConflictError) continue;
        throw error;
      }
    }
  }

  /** A pending refund whose answer was lost: the provider's list says whether it was made. */
  async function settlePending(record: PaymentRecord): Promise<number> {
    const pending = record.data.refunds.filter((entry) => entry.status === 'pending');
    const known = new Set(record.data.refunds.map((entry) => entry.refundId).filter((id): id is string => id !== null));
    const theirs = (await provider.listRefunds(record.data.paymentId ?? '')).filter((refund) => !known.has(refund.refundId));
    let settled = 0;
    for (const entry of pending) {
      const index = theirs.findIndex((refund) => refund.amount === entry.amount && refund.status !== 'error');
      const made = index >= 0 ? theirs.splice(index, 1)[0] : undefined;
      await settleRefund(
        record.id,
        entry.id,
        made ? { status: made.status, refundId: made.refundId } : { status: 'error', refundId: null },
        'system',
      );
      settled += 1;
    }
    return settled;
  }

  return ledger;
}
