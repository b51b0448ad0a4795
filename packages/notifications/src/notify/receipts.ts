/**
 * Delivery receipts: Notify POSTs each status change to your callback URL with
 * the bearer token you gave it. This is the framework-free handler: give it the
 * request headers and body, send back the status code it returns.
 *
 * ```ts
 * const handle = createDeliveryReceiptHandler({ bearerToken, onStatus: async (update) => save(update) });
 * app.post('/notify/callback', async (req, res) => {
 *   const result = await handle(req.headers, req.body);
 *   res.status(result.statusCode).json(result.body);
 * });
 * ```
 */
import { ValidationError } from '@civicbricks/core/errors';
import { createHash, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import { isKnownStatus, isStatusAdvance, type NotificationStatus } from '../status.js';
import type { NotificationType } from '../template.js';

/** One status change, as Notify reported it. Holds the recipient (`to`): treat it as personal data. */
export interface StatusUpdate {
  readonly id: string;
  readonly reference: string | null;
  readonly type: NotificationType;
  readonly status: NotificationStatus;
  /** The status this update replaces, when known. */
  readonly previous: NotificationStatus | undefined;
  readonly to: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly completedAt: string | null;
}

export interface DeliveryReceiptOptions {
  /** The bearer token you set in Notify's callback settings (at least 10 characters). */
  readonly bearerToken: string;
  /** Called for every update that moves a message forward. Throwing makes the handler answer 500, so Notify retries. */
  readonly onStatus: (update: StatusUpdate) => void | Promise<void>;
  /**
   * The status you have stored for a message, so late or repeated receipts are
   * ignored. Without it the handler remembers statuses itself, in memory (fine for
   * one process; give this when you run several).
   */
  readonly currentStatus?: (id: string) => NotificationStatus | undefined | Promise<NotificationStatus | undefined>;
}

/** What to answer Notify. */
export interface DeliveryReceiptResult {
  readonly statusCode: 200 | 400 | 401 | 500;
  readonly body: { readonly result: 'applied' | 'ignored' | 'unauthorised' | 'invalid' | 'error'; readonly message?: string };
  /** The update passed to `onStatus`, when there was one. */
  readonly update?: StatusUpdate;
}

export type ReceiptHeaders = Headers | { readonly [name: string]: string | readonly string[] | undefined };
export type DeliveryReceiptHandler = (headers: ReceiptHeaders, body: unknown) => Promise<DeliveryReceiptResult>;

const receiptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  reference: z.nullable(z.optional(z.string())),
  to: z.string(),
  status: z.string(),
  created_at: z.string(),
  completed_at: z.nullable(z.optional(z.string())),
  sent_at: z.nullable(z.optional(z.string())),
  notification_type: z.enum(['email', 'sms', 'letter']),
  template_id: z.string(),
  template_version: z.number(),
});

/** Makes the callback handler. */
export function createDeliveryReceiptHandler(options: DeliveryReceiptOptions): DeliveryReceiptHandler {
  if (typeof options.bearerToken !== 'string' || options.bearerToken.length < 10) {
    throw new ValidationError(
      'notifications.receipts.invalid_token',
      'The callback bearer token must be at least 10 characters (Notify requires it)',
      {
        path: ['bearerToken'],
      },
    );
  }
  if (typeof options.onStatus !== 'function') {
    throw new ValidationError('notifications.receipts.invalid_options', '`onStatus` must be a function', { path: ['onStatus'] });
  }
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  const expected = digest(options.bearerToken);
  const remembered = new Map<string, NotificationStatus>();
  const current = options.currentStatus ?? ((id: string) => remembered.get(id));
  // One update at a time per message, so two receipts racing cannot both apply.
  const queues = new Map<string, Promise<unknown>>();

  return async (headers, body) => {
    const token = bearerFrom(headers);
    // Comparing digests keeps the comparison constant-time and the lengths equal.
    if (token === undefined || !timingSafeEqual(digest(token), expected)) {
      return { statusCode: 401, body: { result: 'unauthorised' } };
    }
    let json = body;
    if (typeof body === 'string' || body instanceof Uint8Array) {
      try {
        json = JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
      } catch {
        return { statusCode: 400, body: { result: 'invalid', message: 'The body is not JSON' } };
      }
    }
    const parsed = receiptSchema.safeParse(json);
    if (!parsed.success) return { statusCode: 400, body: { result: 'invalid', message: 'The body is not a Notify delivery receipt' } };
    const receipt = parsed.data;
    if (!isKnownStatus(receipt.notification_type, receipt.status)) {
      return { statusCode: 400, body: { result: 'invalid', message: `Unknown ${receipt.notification_type} status` } };
    }
    const status = receipt.status;
    const run = async (): Promise<DeliveryReceiptResult> => {
      const previous = await current(receipt.id);
      if (!isStatusAdvance(previous, status, receipt.notification_type)) {
        return { statusCode: 200, body: { result: 'ignored', message: 'Not newer than the status already recorded' } };
      }
      const update: StatusUpdate = {
        id: receipt.id,
        reference: receipt.reference ?? null,
        type: receipt.notification_type,
        status,
        previous,
        to: receipt.to,
        templateId: receipt.template_id,
        templateVersion: receipt.template_version,
        createdAt: receipt.created_at,
        sentAt: receipt.sent_at ?? null,
        completedAt: receipt.completed_at ?? null,
      };
      try {
        await options.onStatus(update);
      } catch {
        return { statusCode: 500, body: { result: 'error', message: 'The status could not be recorded; Notify will try again' } };
      }
      if (!options.currentStatus) remembered.set(receipt.id, status);
      return { statusCode: 200, body: { result: 'applied' }, update };
    };
    const previousRun = queues.get(receipt.id) ?? Promise.resolve();
    const next = previousRun.then(run, run);
    queues.set(receipt.id, next);
    try {
      return await next;
    } finally {
      if (queues.get(receipt.id) === next) queues.delete(receipt.id);
    }
  };
}

function bearerFrom(headers: ReceiptHeaders): string | undefined {
  let value: string | readonly string[] | null | undefined;
  if (typeof Headers !== 'undefined' && headers instanceof Headers) value = headers.get('authorization');
  else {
    const record = headers as { readonly [name: string]: string | readonly string[] | undefined };
    const key = Object.keys(record).find((name) => name.toLowerCase() === 'authorization');
    value = key === undefined ? undefined : record[key];
  }
  const header = Array.isArray(value) ? value[0] : value;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1];
}
