/**
 * The payment journey as a workflow machine: GOV.UK Pay's statuses as states,
 * with `finished` holding the four ways a payment ends. The definition is JSON
 * (published as `@civicbricks/payments/payment-journey.json`), checked by
 * `@civicbricks/workflow`, and needs no guards or actions.
 *
 * Feed it what GOV.UK Pay says after a GET ({@link journeyEventFor}): the return
 * URL carries no outcome, and a webhook only prompts the GET.
 */
import { ValidationError } from '@civicbricks/core/errors';
import {
  createMachine,
  defineRegistry,
  type WorkflowDefinition,
  type WorkflowMachine,
  type WorkflowRegistry,
} from '@civicbricks/workflow/engine';
import journey from './payment-journey.json' with { type: 'json' };
import { FAILURE_CODES, isPaymentStatus, type PaymentStatus } from '../states.js';

/** The events of the payment journey machine. */
export type PaymentJourneyEvent =
  'start' | 'submit' | 'authorise' | 'capture' | 'succeed' | 'reject' | 'expire' | 'userCancel' | 'cancel' | 'providerError';

/** The leaf state for each status and failure code, as the machine names it. */
export type PaymentJourneyState =
  'created' | 'started' | 'submitted' | 'capturable' | 'success' | 'rejected' | 'expired' | 'cancelledByUser' | 'cancelled' | 'error';

/** The machine's JSON, as published. */
export const paymentJourneyJson: unknown = journey;

const registry: WorkflowRegistry = defineRegistry({});

let compiled: WorkflowMachine | undefined;

/**
 * The journey, checked: the definition and the (empty) registry for the main
 * entry of `@civicbricks/workflow` (`start(definition, now, registry)`), and the
 * machine for its lean `engine` entry (`start(machine, now)`), which is what a
 * browser bundle should use. Checking it here uses the engine, so this package
 * does not pull the bank-holiday feed into browsers.
 */
export function paymentJourney(): {
  readonly definition: WorkflowDefinition;
  readonly registry: WorkflowRegistry;
  readonly machine: WorkflowMachine;
} {
  compiled ??= createMachine(journey, registry);
  return { definition: journey as WorkflowDefinition, registry, machine: compiled };
}

/**
 * The event that takes the machine to what GOV.UK Pay reports; undefined for
 * `created`, where the machine starts. Apply it with `{ notAllowed: 'ignore' }`:
 * a status older than the machine's state is then refused, so a late read never
 * moves a payment backwards. (`capture` is the service's own action on a
 * capturable payment; `succeed` reaches success from any state not finished.)
 * @throws {ValidationError} for a status or code GOV.UK Pay does not use.
 */
export function journeyEventFor(status: PaymentStatus, code: string | null = null): PaymentJourneyEvent | undefined {
  if (!isPaymentStatus(status)) {
    throw new ValidationError('payments.journey.unknown_status', 'This is not a GOV.UK Pay payment status', { path: ['status'] });
  }
  switch (status) {
    case 'created':
      return undefined;
    case 'started':
      return 'start';
    case 'submitted':
      return 'submit';
    case 'capturable':
      return 'authorise';
    case 'success':
      return 'succeed';
    case 'cancelled':
      return 'cancel';
    case 'error':
      return 'providerError';
    case 'failed':
      if (code === FAILURE_CODES.rejected) return 'reject';
      if (code === FAILURE_CODES.cancelledByUser) return 'userCancel';
      if (code === FAILURE_CODES.expired) return 'expire';
      throw new ValidationError('payments.journey.unknown_code', 'A failed payment has code P0010, P0020 or P0030', { path: ['code'] });
  }
}

/** The leaf state the machine is in for what GOV.UK Pay reports. */
export function journeyStateFor(status: PaymentStatus, code: string | null = null): PaymentJourneyState {
  if (status !== 'failed') return status;
  if (code === FAILURE_CODES.expired) return 'expired';
  if (code === FAILURE_CODES.cancelledByUser) return 'cancelledByUser';
  return 'rejected';
}
