import { readFileSync } from 'node:fs';
import { allowedEvents, fireDueTimers, start, transition, WorkflowDefinitionSchema, type WorkflowSnapshot } from '@civicbricks/workflow';
import * as engine from '@civicbricks/workflow/engine';
import { describe, expect, it } from 'vitest';
import { createSandboxProvider, journeyEventFor, journeyStateFor, paymentJourney, paymentJourneyJson, type Payment } from '../src/index.js';
import { manualClock } from './conformance.js';

const { definition, registry } = paymentJourney();
const T0 = '2026-12-07T09:00:00.000Z';

function leaf(snapshot: WorkflowSnapshot): string {
  return snapshot.state.at(-1) ?? '';
}

/** Applies what a GET said, as a service would: stale reads are ignored, never applied. */
function follow(snapshot: WorkflowSnapshot, payment: Pick<Payment, 'status' | 'code'>, at = T0): WorkflowSnapshot {
  const event = journeyEventFor(payment.status, payment.code);
  if (event === undefined) return snapshot;
  return transition(definition, snapshot, event, at, registry, { notAllowed: 'ignore' }).snapshot;
}

describe('the payment journey machine', () => {
  it('is the JSON file published with the package, and valid for @civicbricks/workflow', () => {
    const file = JSON.parse(readFileSync(new URL('../src/journey/payment-journey.json', import.meta.url), 'utf8')) as unknown;
    expect(paymentJourneyJson).toEqual(file);
    expect(WorkflowDefinitionSchema.safeParse(file).success).toBe(true);
    expect(definition.id).toBe('govuk-pay-payment');
  });

  it('runs the same in the lean engine entry, for browsers', () => {
    const { machine } = paymentJourney();
    let snapshot = engine.start(machine, T0).snapshot;
    for (const event of ['start', 'submit', 'succeed']) snapshot = engine.transition(machine, snapshot, event, T0).snapshot;
    expect(snapshot.state).toEqual(['finished', 'success']);
    expect(engine.transition(machine, snapshot, 'start', T0, { notAllowed: 'ignore' }).accepted).toBe(false);
  });

  it('starts in created with the 90-minute expiry armed', () => {
    const { snapshot } = start(definition, T0, registry);
    expect(snapshot.state).toEqual(['inProgress', 'awaitingUser', 'created']);
    expect(snapshot.timers).toEqual([expect.objectContaining({ id: 'paymentExpiry', deadline: '2026-12-07T10:30:00.000Z' })]);
  });

  it.each([
    [
      ['started', 'submitted', 'success'],
      [null, null, null],
      ['finished', 'success'],
    ],
    [
      ['started', 'failed'],
      [null, 'P0010'],
      ['finished', 'failed', 'rejected'],
    ],
    [['failed'], ['P0030'], ['finished', 'failed', 'cancelledByUser']],
    [
      ['started', 'failed'],
      [null, 'P0020'],
      ['finished', 'failed', 'expired'],
    ],
    [['cancelled'], ['P0040'], ['finished', 'cancelled']],
    [
      ['started', 'submitted', 'error'],
      [null, null, 'P0050'],
      ['finished', 'error'],
    ],
    [
      ['started', 'submitted', 'capturable', 'success'],
      [null, null, null, null],
      ['finished', 'success'],
    ],
  ] as const)('follows %j to %j', (statuses, codes, end) => {
    let { snapshot } = start(definition, T0, registry);
    statuses.forEach((status, index) => {
      snapshot = follow(snapshot, { status, code: codes[index] ?? null });
    });
    expect(snapshot.state).toEqual(end);
    expect(snapshot.status).toBe('done');
    expect(allowedEvents(definition, snapshot, registry)).toEqual([]);
    expect(leaf(snapshot)).toBe(journeyStateFor(statuses.at(-1)!, codes.at(-1) ?? null));
  });

  it('never moves backwards: late reads of earlier statuses change nothing', () => {
    let { snapshot } = start(definition, T0, registry);
    snapshot = follow(snapshot, { status: 'submitted', code: null });
    expect(leaf(snapshot)).toBe('submitted');
    snapshot = follow(snapshot, { status: 'started', code: null });
    expect(leaf(snapshot)).toBe('submitted');
    snapshot = follow(snapshot, { status: 'success', code: null });
    for (const late of ['started', 'submitted', 'capturable'] as const) snapshot = follow(snapshot, { status: late, code: null });
    snapshot = follow(snapshot, { status: 'failed', code: 'P0010' });
    expect(snapshot.state).toEqual(['finished', 'success']);
  });

  it('expires by its own timer after 90 minutes, but not a capturable payment', () => {
    const { snapshot } = start(definition, T0, registry);
    expect(leaf(fireDueTimers(definition, snapshot, '2026-12-07T10:29:59.000Z', registry).snapshot)).toBe('created');
    expect(leaf(fireDueTimers(definition, snapshot, '2026-12-07T10:30:00.000Z', registry).snapshot)).toBe('expired');
    const held = follow(follow(snapshot, { status: 'submitted', code: null }), { status: 'capturable', code: null });
    expect(held.timers).toEqual([]);
    expect(leaf(fireDueTimers(definition, held, '2026-12-08T09:00:00.000Z', registry).snapshot)).toBe('capturable');
  });

  it('agrees with every event the sandbox reports, for each test card', async () => {
    const time = manualClock();
    const sandbox = createSandboxProvider({ clock: time.clock });
    const cards = ['4444333322221111', '4000000000000002', '4000000000000119'];
    for (const cardNumber of cards) {
      const { payment } = await sandbox.createPayment({ amount: 100, reference: 'R', description: 'D', returnUrl: 'https://a.example/r' });
      await sandbox.submitCard(payment.paymentId, { cardNumber, expiryMonth: 1, expiryYear: 2031, cvc: '123', cardholderName: 'A' });
      let { snapshot } = start(definition, T0, registry);
      for (const event of await sandbox.getPaymentEvents(payment.paymentId)) {
        snapshot = follow(snapshot, event);
        expect(leaf(snapshot)).toBe(journeyStateFor(event.status, event.code));
      }
      expect(snapshot.status).toBe('done');
    }
  });

  it('refuses a status or code GOV.UK Pay does not use', () => {
    expect(() => journeyEventFor('failed', 'P9999')).toThrow(/P0010, P0020 or P0030/);
    expect(() => journeyEventFor('refunded' as never)).toThrow(/not a GOV.UK Pay payment status/);
  });
});
