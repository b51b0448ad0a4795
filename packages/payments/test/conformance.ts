/**
 * The payment provider conformance suite: the behaviour every provider must
 * show, as GOV.UK Pay shows it. `runPaymentConformance(name, setUp)` registers
 * it for one provider; `setUp` gives a fresh provider and a way to play the
 * paying user's part (entering a test card, cancelling) and to move the clock.
 */
import { NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PaymentStateError,
  RefundAmountMismatchError,
  RefundNotAvailableError,
  type CreatePaymentInput,
  type PaymentProvider,
} from '../src/index.js';

export interface ConformanceRig {
  readonly provider: PaymentProvider;
  /** The paying user enters this test card on the provider's card page. */
  payWithCard(paymentId: string, cardNumber: string): Promise<void>;
  /** The paying user chooses "Cancel payment" on the card page. */
  cancelAsUser(paymentId: string): Promise<void>;
  /** Moves the provider's clock on. */
  advance(ms: number): void;
  tearDown(): Promise<void>;
}

const MINUTE = 60_000;

export function manualClock(start = Date.parse('2026-12-07T09:00:00.000Z')): { clock: () => Date; advance(ms: number): void } {
  let now = start;
  return {
    clock: () => new Date(now),
    advance(ms) {
      now += ms;
    },
  };
}

const gardenWaste = (change: Partial<CreatePaymentInput> = {}): CreatePaymentInput => ({
  amount: 4500,
  reference: 'GW-2027-7Q4X9',
  description: 'Garden waste collection 2027',
  returnUrl: 'https://council.example.gov.uk/garden-waste/paid',
  ...change,
});

export function runPaymentConformance(name: string, setUp: () => Promise<ConformanceRig>): void {
  describe(`${name}: payment provider conformance`, () => {
    let rig: ConformanceRig;
    let pay: PaymentProvider;
    beforeEach(async () => {
      rig = await setUp();
      pay = rig.provider;
    });
    afterEach(async () => {
      await rig.tearDown();
    });

    it('creates a payment waiting for the paying user, with what was asked for', async () => {
      const { payment, recovered } = await pay.createPayment(
        gardenWaste({ language: 'cy', metadata: { round: 'north' }, email: 'a@example.com' }),
      );
      expect(recovered).toBe(false);
      expect(payment).toMatchObject({
        amount: 4500,
        reference: 'GW-2027-7Q4X9',
        description: 'Garden waste collection 2027',
        returnUrl: 'https://council.example.gov.uk/garden-waste/paid',
        status: 'created',
        finished: false,
        code: null,
        language: 'cy',
        metadata: { round: 'north' },
        email: 'a@example.com',
        delayedCapture: false,
        refundSummary: { status: 'pending', amountAvailable: 4500, amountSubmitted: 0 },
        card: null,
      });
      expect(payment.paymentId).toMatch(/^[a-z0-9]{26}$/);
      expect(payment.nextUrl).toMatch(/^https?:\/\//);
      expect(await pay.getPayment(payment.paymentId)).toEqual(payment);
    });

    it('gives back the same payment for the same idempotency key', async () => {
      const first = await pay.createPayment(gardenWaste({ idempotencyKey: 'basket-42' }));
      const again = await pay.createPayment(gardenWaste({ idempotencyKey: 'basket-42' }));
      expect(again.payment.paymentId).toBe(first.payment.paymentId);
      expect(again.recovered).toBe(true);
      expect((await pay.searchPayments({ reference: 'GW-2027-7Q4X9' })).total).toBe(1);
      expect((await pay.findPayment('basket-42', 'GW-2027-7Q4X9'))?.paymentId).toBe(first.payment.paymentId);
      expect(await pay.findPayment('basket-43', 'GW-2027-7Q4X9')).toBeUndefined();
    });

    it.each(['4444333322221111', '4242424242424242'])('takes the payment with test card %s', async (card) => {
      const { payment } = await pay.createPayment(gardenWaste());
      await rig.payWithCard(payment.paymentId, card);
      const paid = await pay.getPayment(payment.paymentId);
      expect(paid).toMatchObject({ status: 'success', finished: true, code: null, nextUrl: null });
      expect(paid.refundSummary).toEqual({ status: 'available', amountAvailable: 4500, amountSubmitted: 0 });
      expect(paid.card?.lastDigitsCardNumber).toBe(card.slice(-4));
      expect(JSON.stringify(paid)).not.toContain(card);
      const events = await pay.getPaymentEvents(payment.paymentId);
      expect(events.map((event) => event.status)).toEqual(['created', 'started', 'submitted', 'success']);
      expect(events.at(-1)?.finished).toBe(true);
    });

    it.each([
      ['4000000000000002', 'failed', 'P0010'],
      ['4000000000000069', 'failed', 'P0010'],
      ['4000000000000127', 'failed', 'P0010'],
      ['4000000000000119', 'error', 'P0050'],
    ])('test card %s ends the payment %s with %s', async (card, status, code) => {
      const { payment } = await pay.createPayment(gardenWaste());
      await rig.payWithCard(payment.paymentId, card);
      const ended = await pay.getPayment(payment.paymentId);
      expect(ended).toMatchObject({ status, code, finished: true });
      expect(ended.refundSummary.status).toBe('unavailable');
    });

    it('records the paying user cancelling as failed with P0030', async () => {
      const { payment } = await pay.createPayment(gardenWaste());
      await rig.cancelAsUser(payment.paymentId);
      expect(await pay.getPayment(payment.paymentId)).toMatchObject({ status: 'failed', code: 'P0030', finished: true });
    });

    it('cancels for the service with P0040, and refuses to cancel a finished payment', async () => {
      const { payment } = await pay.createPayment(gardenWaste());
      await pay.cancelPayment(payment.paymentId);
      expect(await pay.getPayment(payment.paymentId)).toMatchObject({ status: 'cancelled', code: 'P0040', finished: true });
      await expect(pay.cancelPayment(payment.paymentId)).rejects.toBeInstanceOf(PaymentStateError);
    });

    it('expires a payment not finished after 90 minutes (P0020), and not a minute before', async () => {
      const { payment } = await pay.createPayment(gardenWaste());
      rig.advance(89 * MINUTE);
      expect((await pay.getPayment(payment.paymentId)).status).toBe('created');
      rig.advance(MINUTE);
      expect(await pay.getPayment(payment.paymentId)).toMatchObject({ status: 'failed', code: 'P0020', finished: true });
    });

    it('holds a delayed-capture payment as capturable until captured', async () => {
      const { payment } = await pay.createPayment(gardenWaste({ delayedCapture: true }));
      expect(payment.delayedCapture).toBe(true);
      await expect(pay.capturePayment(payment.paymentId)).rejects.toBeInstanceOf(PaymentStateError);
      await rig.payWithCard(payment.paymentId, '4444333322221111');
      expect(await pay.getPayment(payment.paymentId)).toMatchObject({ status: 'capturable', finished: false });
      // A capturable payment has been authorised, so it does not expire at 90 minutes.
      rig.advance(120 * MINUTE);
      await pay.capturePayment(payment.paymentId);
      expect(await pay.getPayment(payment.paymentId)).toMatchObject({ status: 'success', finished: true });
    });

    it('refunds in part and in full, and never more than is left', async () => {
      const { payment } = await pay.createPayment(gardenWaste());
      await rig.payWithCard(payment.paymentId, '4444333322221111');
      const first = await pay.refundPayment({ paymentId: payment.paymentId, amount: 3300, refundAmountAvailable: 4500 });
      expect(first.refund).toMatchObject({ amount: 3300, status: 'submitted', paymentId: payment.paymentId });
      expect((await pay.getPayment(payment.paymentId)).refundSummary).toEqual({
        status: 'available',
        amountAvailable: 1200,
        amountSubmitted: 3300,
      });

      const stale = await pay
        .refundPayment({ paymentId: payment.paymentId, amount: 100, refundAmountAvailable: 4500 })
        .catch((error: unknown) => error);
      expect(stale).toBeInstanceOf(RefundAmountMismatchError);
      expect((stale as RefundAmountMismatchError).amountAvailable).toBe(1200);
      expect((stale as RefundAmountMismatchError).message).toBe('This payment was refunded by someone else: £12 is left to refund');

      await expect(pay.refundPayment({ paymentId: payment.paymentId, amount: 1201, refundAmountAvailable: 1200 })).rejects.toBeInstanceOf(
        RefundNotAvailableError,
      );
      await pay.refundPayment({ paymentId: payment.paymentId, amount: 1200 });
      expect((await pay.getPayment(payment.paymentId)).refundSummary).toEqual({
        status: 'full',
        amountAvailable: 0,
        amountSubmitted: 4500,
      });
      const refunds = await pay.listRefunds(payment.paymentId);
      expect(refunds.map((refund) => [refund.amount, refund.status])).toEqual([
        [3300, 'success'],
        [1200, 'success'],
      ]);
    });

    it('refuses to refund a payment that has not succeeded', async () => {
      const { payment } = await pay.createPayment(gardenWaste());
      await expect(pay.refundPayment({ paymentId: payment.paymentId, amount: 100, refundAmountAvailable: 4500 })).rejects.toBeInstanceOf(
        RefundNotAvailableError,
      );
    });

    it('searches by reference (newest first) and by status', async () => {
      const a = await pay.createPayment(gardenWaste({ reference: 'GW-A' }));
      const b = await pay.createPayment(gardenWaste({ reference: 'GW-A' }));
      await pay.createPayment(gardenWaste({ reference: 'GW-B' }));
      await rig.payWithCard(b.payment.paymentId, '4444333322221111');
      const byReference = await pay.searchPayments({ reference: 'GW-A' });
      expect(byReference.total).toBe(2);
      expect(byReference.results.map((payment) => payment.paymentId)).toEqual([b.payment.paymentId, a.payment.paymentId]);
      const paid = await pay.searchPayments({ status: 'success' });
      expect(paid.results.map((payment) => payment.paymentId)).toEqual([b.payment.paymentId]);
    });

    it('says when there is no such payment, and refuses an id that is not one', async () => {
      await expect(pay.getPayment('hu20sqlact5260q2nanm0q8u93')).rejects.toBeInstanceOf(NotFoundError);
      await expect(pay.getPayment('../../etc')).rejects.toBeInstanceOf(ValidationError);
      await expect(pay.createPayment(gardenWaste({ amount: 0 }))).rejects.toBeInstanceOf(ValidationError);
    });
  });
}
