/**
 * GOV.UK Pay webhooks. GOV.UK Pay signs each message: the `Pay-Signature`
 * header is the lowercase hex HMAC-SHA256 of the raw request body, keyed with
 * the webhook's signing secret. A message is accepted only with a signature
 * that matches (compared in constant time), then deduplicated by its
 * `webhook_message_id`, and a status older than the one already known is never
 * applied, so repeated and out-of-order messages cannot move a payment back.
 *
 * A webhook only says "look at this payment": confirm with
 * `provider.getPayment(paymentId)` before showing "Payment received" or starting work.
 *
 * ```ts
 * const handle = createPayWebhookHandler({ signingSecret, onEvent: async (event) => refresh(event.paymentId) });
 * // any framework, given the raw body: const { statusCode, body } = await handle(rawBody, req.headers);
 * // plain Node: http.createServer(createNodeWebhookListener(handle));
 * ```
 */
import { ValidationError } from '@civicbricks/core/errors';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import { isPaymentStatus, isStatusAdvance, type PaymentStatus } from '../states.js';

export const SIGNATURE_HEADER = 'pay-signature';

export type WebhookHeaders = Headers | { readonly [name: string]: string | readonly string[] | undefined };

/** One message GOV.UK Pay sent, after it was verified. Holds no card data; the payment's email, if any, is not copied. */
export interface PayWebhookEvent {
  /** `webhook_message_id`: the same message sent again has the same id. */
  readonly eventId: string;
  /** `card_payment_succeeded`, `card_payment_captured`, `card_payment_refunded` and so on. */
  readonly eventType: string;
  readonly paymentId: string;
  readonly createdDate: string;
  /** The status the message reports. */
  readonly reportedStatus: PaymentStatus;
  /** The status known before this message, when known. */
  readonly previousStatus: PaymentStatus | undefined;
  /**
   * The reported status when it moves the payment forward; undefined when it is
   * the same or older (a late or reordered message), which must not be applied.
   */
  readonly newStatus: PaymentStatus | undefined;
}

export interface PayWebhookOptions {
  /** The signing secret from the webhook's page in GOV.UK Pay. */
  readonly signingSecret: string;
  /** Called once for each new, verified message. Throwing makes the handler answer 500, so GOV.UK Pay sends it again. */
  readonly onEvent: (event: PayWebhookEvent) => void | Promise<void>;
  /**
   * Whether a message id was handled before, and remembering one once handled.
   * Without them the handler remembers ids in memory (fine for one process; give
   * both, backed by storage, when you run several).
   */
  readonly hasSeen?: (eventId: string) => boolean | Promise<boolean>;
  readonly markSeen?: (eventId: string) => void | Promise<void>;
  /** The status you have stored for a payment; in memory if absent, as for `hasSeen`. */
  readonly currentStatus?: (paymentId: string) => PaymentStatus | undefined | Promise<PaymentStatus | undefined>;
}

export interface PayWebhookResult {
  readonly statusCode: 200 | 400 | 401 | 500;
  readonly body: { readonly result: 'applied' | 'duplicate' | 'unauthorised' | 'invalid' | 'error'; readonly message?: string };
  readonly event?: PayWebhookEvent;
}

export type PayWebhookHandler = (rawBody: string | Uint8Array, headers: WebhookHeaders) => Promise<PayWebhookResult>;

const messageSchema = z.object({
  webhook_message_id: z.string().check(z.minLength(1)),
  created_date: z.string(),
  resource_id: z.string().check(z.minLength(1)),
  resource_type: z.string(),
  event_type: z.string().check(z.minLength(1)),
  resource: z.object({ payment_id: z.optional(z.string()), state: z.object({ status: z.string() }) }),
});

/** The signature GOV.UK Pay sends for this body and secret: lowercase hex HMAC-SHA256. */
export function signPayWebhook(rawBody: string | Uint8Array, signingSecret: string): string {
  return createHmac('sha256', signingSecret).update(rawBody).digest('hex');
}

/** True only when `signature` is exactly the signature of `rawBody`; compared in constant time. */
export function verifyPaySignature(rawBody: string | Uint8Array, signature: string | undefined, signingSecret: string): boolean {
  if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/.test(signature)) return false;
  const expected = Buffer.from(signPayWebhook(rawBody, signingSecret), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

/** Makes the framework-free handler: give it the raw body (not parsed JSON: the signature is over the bytes) and the headers. */
export function createPayWebhookHandler(options: PayWebhookOptions): PayWebhookHandler {
  if (typeof options?.signingSecret !== 'string' || options.signingSecret.length < 8) {
    throw new ValidationError('payments.webhooks.invalid_secret', 'Give the webhook signing secret from GOV.UK Pay (`signingSecret`)', {
      path: ['signingSecret'],
    });
  }
  if (typeof options.onEvent !== 'function') {
    throw new ValidationError('payments.webhooks.invalid_options', '`onEvent` must be a function', { path: ['onEvent'] });
  }
  if ((options.hasSeen === undefined) !== (options.markSeen === undefined)) {
    throw new ValidationError('payments.webhooks.invalid_options', 'Give both `hasSeen` and `markSeen`, or neither', { path: ['hasSeen'] });
  }
  const { signingSecret, onEvent } = options;
  const seenIds = new Set<string>();
  const statuses = new Map<string, PaymentStatus>();
  const hasSeen = options.hasSeen ?? ((id: string) => seenIds.has(id));
  const markSeen = options.markSeen ?? ((id: string) => void seenIds.add(id));
  const current = options.currentStatus ?? ((id: string) => statuses.get(id));
  // One message at a time per payment, so two deliveries racing cannot both apply.
  const queues = new Map<string, Promise<unknown>>();

  return async (rawBody, headers) => {
    const signature = headerValue(headers, SIGNATURE_HEADER);
    if (!verifyPaySignature(rawBody, signature, signingSecret)) {
      return { statusCode: 401, body: { result: 'unauthorised', message: 'The Pay-Signature header is missing or does not match' } };
    }
    let json: unknown;
    try {
      json = JSON.parse(typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody));
    } catch {
      return { statusCode: 400, body: { result: 'invalid', message: 'The body is not JSON' } };
    }
    const parsed = messageSchema.safeParse(json);
    if (!parsed.success || parsed.data.resource_type !== 'payment') {
      return { statusCode: 400, body: { result: 'invalid', message: 'The body is not a GOV.UK Pay payment webhook message' } };
    }
    const message = parsed.data;
    const reported = message.resource.state.status;
    if (!isPaymentStatus(reported)) return { statusCode: 400, body: { result: 'invalid', message: 'Unknown payment status' } };
    const paymentId = message.resource_id;

    const run = async (): Promise<PayWebhookResult> => {
      if (await hasSeen(message.webhook_message_id)) return { statusCode: 200, body: { result: 'duplicate' } };
      const previous = await current(paymentId);
      const event: PayWebhookEvent = {
        eventId: message.webhook_message_id,
        eventType: message.event_type,
        paymentId,
        createdDate: message.created_date,
        reportedStatus: reported,
        previousStatus: previous,
        newStatus: isStatusAdvance(previous, reported) ? reported : undefined,
      };
      try {
        await onEvent(event);
        await markSeen(event.eventId);
      } catch {
        return { statusCode: 500, body: { result: 'error', message: 'The message could not be recorded; GOV.UK Pay will send it again' } };
      }
      if (!options.currentStatus && event.newStatus) statuses.set(paymentId, event.newStatus);
      return { statusCode: 200, body: { result: 'applied' }, event };
    };
    const before = queues.get(paymentId) ?? Promise.resolve();
    const next = before.then(run, run);
    queues.set(paymentId, next);
    try {
      return await next;
    } finally {
      if (queues.get(paymentId) === next) queues.delete(paymentId);
    }
  };
}

export interface NodeListenerOptions {
  /** Refuse bodies larger than this (413); 256 KiB if absent. */
  readonly maxBytes?: number;
}

/** The handler as a plain Node `(req, res)` listener, for `http.createServer` or any framework that passes them on. */
export function createNodeWebhookListener(
  handler: PayWebhookHandler,
  options: NodeListenerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const maxBytes = options.maxBytes ?? 256 * 1024;
  return async (req, res) => {
    const reply = (statusCode: number, body: unknown): void => {
      res.writeHead(statusCode, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      reply(405, { result: 'invalid', message: 'GOV.UK Pay webhooks are POSTed' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        // Answer, then let the rest of the body drain and close: a reset before the answer is read would hide it.
        res.setHeader('connection', 'close');
        reply(413, { result: 'invalid', message: 'The body is too large' });
        req.resume();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    const result = await handler(Buffer.concat(chunks), req.headers);
    reply(result.statusCode, result.body);
  };
}

function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  let value: string | readonly string[] | null | undefined;
  if (typeof Headers !== 'undefined' && headers instanceof Headers) value = headers.get(name);
  else {
    const record = headers as { readonly [key: string]: string | readonly string[] | undefined };
    const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
    value = key === undefined ? undefined : record[key];
  }
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : undefined;
}
