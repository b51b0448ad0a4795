/**
 * Delivery statuses and the order they move in, per notification type, so a
 * late or repeated receipt ("sending" arriving after "delivered") never moves
 * a message backwards.
 */
import type { NotificationType } from './template.js';

export const EMAIL_STATUSES = Object.freeze([
  'created',
  'sending',
  'delivered',
  'permanent-failure',
  'temporary-failure',
  'technical-failure',
] as const);
export const SMS_STATUSES = Object.freeze([...EMAIL_STATUSES, 'pending', 'sent'] as const);
export const LETTER_STATUSES = Object.freeze(['accepted', 'received', 'cancelled', 'technical-failure', 'permanent-failure'] as const);

export type EmailStatus = (typeof EMAIL_STATUSES)[number];
export type SmsStatus = (typeof SMS_STATUSES)[number];
export type LetterStatus = (typeof LETTER_STATUSES)[number];
/** Every status Notify reports, for any type. */
export type NotificationStatus = EmailStatus | SmsStatus | LetterStatus;

// Rank in the life of a message: a status may only be replaced by one of a
// higher rank. Final statuses share the top rank, so one final status never
// replaces another. A text message to an international number can stop at
// `sent` (no receipt), but if a receipt does come it moves on to a final status.
const RANKS: { readonly [T in NotificationType]: Readonly<Record<string, number>> } = {
  email: { created: 0, sending: 1, delivered: 2, 'permanent-failure': 2, 'temporary-failure': 2, 'technical-failure': 2 },
  sms: {
    created: 0,
    sending: 1,
    pending: 2,
    sent: 3,
    delivered: 4,
    'permanent-failure': 4,
    'temporary-failure': 4,
    'technical-failure': 4,
  },
  letter: { accepted: 0, received: 1, cancelled: 2, 'technical-failure': 2, 'permanent-failure': 2 },
};

/** True when `status` is one Notify reports for that type of message. */
export function isKnownStatus(type: NotificationType, status: string): status is NotificationStatus {
  return Object.hasOwn(RANKS[type], status);
}

/** True when nothing follows `status` for that type. */
export function isFinalStatus(type: NotificationType, status: NotificationStatus): boolean {
  const ranks = RANKS[type];
  const rank = ranks[status];
  return rank !== undefined && rank === Math.max(...Object.values(ranks));
}

/**
 * True when a message of type `type` may move from `from` to `to`: forward
 * only. Any status of the type is an advance from no status (or from one that
 * is not a status of that type); a status not of the type is never an advance.
 */
export function isStatusAdvance(from: NotificationStatus | undefined, to: NotificationStatus, type: NotificationType): boolean {
  const ranks = RANKS[type];
  const next = Object.hasOwn(ranks, to) ? ranks[to] : undefined;
  if (next === undefined) return false;
  if (from === undefined) return true;
  const current = Object.hasOwn(ranks, from) ? ranks[from] : undefined;
  if (current === undefined) return true;
  return next > current;
}
