/**
 * Email through an ordinary mailbox, for a service (a charity, a community
 * group) that has an SMTP account and no GOV.UK Notify. Messages are rendered
 * exactly as Notify would render them and sent as HTML with a plain-text
 * alternative, through nodemailer's SMTP transport.
 *
 * Errors are typed and carry no personal data: the SMTP server's own reply
 * often repeats the recipient's address, so only its status codes are kept.
 * - 4xx (the server deferred it), a lost connection, a timeout:
 *   `UnavailableError` (retryable);
 * - 5xx (the server refused it for good): `CivicError`
 *   `notifications.smtp.rejected`, `retryable: false`;
 * - refused credentials: `CivicError` `notifications.smtp.auth`, `retryable: false`.
 *
 * SMTP has no way to ask whether a message arrived, so `status` and
 * `findByReference` answer from what this provider accepted in this process
 * (the last `maxRecords`), and a message is `sending` once the server took it.
 */
import { randomUUID } from 'node:crypto';
import { CivicError, NotFoundError, UnavailableError, ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import nodemailer from 'nodemailer';
import type { NodemailerError, SendMailOptions, SMTPTransportOptions, Transporter } from 'nodemailer';
import * as z from 'zod/mini';
import { escapeHtml } from '@civicbricks/core/html';
import {
  parseOutgoingMessage,
  type NotificationProvider,
  type NotificationRecord,
  type OutgoingMessage,
  type SendOptions,
  type SendResult,
} from '../provider.js';
import { assertSafeReference } from '../reference.js';
import { renderTemplate } from '../render.js';
import { allowedLinkHostsSchema } from '../template.js';

/** What the provider tells your logger. Never a recipient, a subject, a body or a credential. */
export interface SmtpLogEntry {
  readonly level: 'info' | 'warn';
  readonly event: 'smtp.sent' | 'smtp.failed' | 'smtp.already_sent';
  readonly reference: string;
  readonly messageId?: string;
  /** Our error code, on failures. */
  readonly code?: string;
  /** The SMTP reply code, when the server answered. */
  readonly responseCode?: number;
}

export interface SmtpProviderOptions {
  readonly host: string;
  /** 587 if absent (465 when `secure`). */
  readonly port?: number;
  /** TLS from the first byte (port 465). Otherwise STARTTLS is used when the server offers it. */
  readonly secure?: boolean;
  /** Refuse to send unless the connection is upgraded with STARTTLS; true if absent unless `secure` or the host is this machine. */
  readonly requireTls?: boolean;
  readonly auth?: { readonly user: string; readonly pass: string };
  /** The sender: `"Registration desk" <desk@example.org>` or `desk@example.org`. */
  readonly from: string;
  readonly replyTo?: string;
  /** Connection, greeting and idle timeout for one message; 30 000 ms if absent. */
  readonly timeoutMs?: number;
  /** Keep connections open between messages (nodemailer's pool); false if absent. */
  readonly pool?: boolean;
  /** Accepted messages remembered for `status` and `findByReference`; 10 000 if absent. */
  readonly maxRecords?: number;
  readonly clock?: () => Date;
  /** Told about every send, with no personal data and no credentials. */
  readonly log?: (entry: SmtpLogEntry) => void;
  /**
   * The hosts emails may link to (see `renderTemplate`'s `allowedLinkHosts`): an email linking anywhere else is
   * refused with `DisallowedLinkError` before anything is sent. Any host if absent.
   */
  readonly allowedLinkHosts?: readonly string[];
}

const optionsSchema = z.strictObject({
  host: z.string().check(z.minLength(1), z.maxLength(255)),
  port: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(65_535))),
  secure: z.optional(z.boolean()),
  requireTls: z.optional(z.boolean()),
  auth: z.optional(z.strictObject({ user: z.string().check(z.minLength(1)), pass: z.string().check(z.minLength(1)) })),
  from: z
    .string()
    .check(z.regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an email address, optionally with a name')),
  replyTo: z.optional(z.string().check(z.regex(/^[^\s@<>]+@[^\s@<>]+$/, 'must be an email address'))),
  timeoutMs: z.optional(z.number().check(z.int(), z.minimum(1))),
  pool: z.optional(z.boolean()),
  maxRecords: z.optional(z.number().check(z.int(), z.minimum(1))),
  clock: z.optional(z.custom<() => Date>((value) => typeof value === 'function')),
  log: z.optional(z.custom<(entry: SmtpLogEntry) => void>((value) => typeof value === 'function')),
  allowedLinkHosts: z.optional(allowedLinkHostsSchema),
});

/** An SMTP provider: a {@link NotificationProvider} for email only. Call `close()` when done. */
export interface SmtpProvider extends NotificationProvider {
  readonly name: 'smtp';
  /** Checks the connection and credentials; throws the same typed errors as `send`. */
  verify(): Promise<void>;
  /** Closes pooled connections. */
  close(): void;
}

/** A {@link NotificationProvider} that sends email through an SMTP server. */
export function createSmtpProvider(options: SmtpProviderOptions): SmtpProvider {
  // The schema is checked with the password replaced, so no error can ever repeat it.
  const checked = parseInput(
    optionsSchema,
    { ...options, ...(options?.auth ? { auth: { ...options.auth, pass: options.auth.pass ? '(hidden)' : '' } } : {}) },
    { codePrefix: 'notifications.smtp.options', what: 'SMTP options' },
  );
  return new NodemailerSmtpProvider(options, checked.host);
}

interface Accepted {
  readonly record: NotificationRecord;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1']);

class NodemailerSmtpProvider implements SmtpProvider {
  readonly name = 'smtp' as const;
  readonly #transport: Transporter;
  readonly #from: string;
  readonly #replyTo: string | undefined;
  readonly #domain: string;
  readonly #clock: () => Date;
  readonly #log: ((entry: SmtpLogEntry) => void) | undefined;
  readonly #maxRecords: number;
  readonly #linkHosts: readonly string[] | undefined;
  readonly #byId = new Map<string, Accepted>();
  readonly #byReference = new Map<string, Accepted>();

  constructor(options: SmtpProviderOptions, host: string) {
    const timeout = options.timeoutMs ?? 30_000;
    const secure = options.secure ?? false;
    const transport: SMTPTransportOptions = {
      host,
      port: options.port ?? (secure ? 465 : 587),
      secure,
      requireTLS: options.requireTls ?? !(secure || LOCAL_HOSTS.has(host)),
      ...(options.auth ? { auth: { user: options.auth.user, pass: options.auth.pass } } : {}),
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      // Nodemailer's logger would write addresses and, with debug, the whole message: never on.
      logger: false,
      debug: false,
      // Messages are built from templates only: never let a value make nodemailer read a file or fetch a URL.
      disableFileAccess: true,
      disableUrlAccess: true,
    };
    this.#transport = options.pool ? nodemailer.createTransport({ ...transport, pool: true }) : nodemailer.createTransport(transport);
    this.#from = options.from;
    this.#replyTo = options.replyTo;
    this.#domain = /@([^\s@<>]+)>?$/.exec(options.from)?.[1] ?? 'civicbricks.invalid';
    this.#clock = options.clock ?? (() => new Date());
    this.#log = options.log;
    this.#maxRecords = options.maxRecords ?? 10_000;
    this.#linkHosts = options.allowedLinkHosts;
  }

  async send(input: OutgoingMessage, options: SendOptions = {}): Promise<SendResult> {
    const message = parseOutgoingMessage(input);
    if (message.template.type !== 'email') {
      throw new ValidationError('notifications.smtp.unsupported_type', 'The SMTP provider sends email only', {
        path: ['template', 'type'],
      });
    }
    const rendered = renderTemplate(message.template, message.personalisation ?? {}, {
      locale: message.locale,
      purpose: 'send',
      ...(this.#linkHosts ? { allowedLinkHosts: this.#linkHosts } : {}),
    });
    if ((options.attempt ?? 1) > 1) {
      const found = this.#byReference.get(message.reference);
      if (found) {
        this.#emit({ level: 'info', event: 'smtp.already_sent', reference: message.reference, messageId: found.record.id });
        return { id: found.record.id, reference: message.reference, alreadySent: true, locale: rendered.locale };
      }
    }
    const subject = rendered.subject ?? '';
    const messageId = `<${randomUUID()}@${this.#domain}>`;
    const mail: SendMailOptions & { signal?: AbortSignal } = {
      from: this.#from,
      to: message.to,
      ...(this.#replyTo ? { replyTo: this.#replyTo } : {}),
      subject,
      text: rendered.text,
      html: htmlDocument(subject, rendered.html ?? '', rendered.locale),
      messageId,
      headers: {
        'X-Civic-Reference': message.reference,
        'Content-Language': rendered.locale,
        ...(message.oneClickUnsubscribeUrl
          ? { 'List-Unsubscribe': `<${message.oneClickUnsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
          : {}),
      },
      disableFileAccess: true,
      disableUrlAccess: true,
      ...(options.signal ? { signal: options.signal } : {}),
    };
    try {
      await this.#transport.sendMail(mail);
    } catch (cause) {
      const error = smtpError(cause);
      const responseCode = (cause as NodemailerError | undefined)?.responseCode;
      this.#emit({
        level: 'warn',
        event: 'smtp.failed',
        reference: message.reference,
        code: error.code,
        ...(typeof responseCode === 'number' ? { responseCode } : {}),
      });
      throw error;
    }
    const now = this.#clock().toISOString();
    this.#remember({
      record: {
        id: messageId,
        reference: message.reference,
        type: 'email',
        status: 'sending',
        templateId: message.template.id,
        createdAt: now,
        sentAt: now,
        completedAt: null,
      },
    });
    this.#emit({ level: 'info', event: 'smtp.sent', reference: message.reference, messageId });
    return { id: messageId, reference: message.reference, alreadySent: false, locale: rendered.locale };
  }

  async status(id: string): Promise<NotificationRecord> {
    const found = typeof id === 'string' ? this.#byId.get(id) : undefined;
    if (!found) throw new NotFoundError('notifications.not_found', 'This SMTP provider has sent no message with that id', { path: ['id'] });
    return found.record;
  }

  async findByReference(reference: string): Promise<NotificationRecord | undefined> {
    assertSafeReference(reference);
    return this.#byReference.get(reference)?.record;
  }

  async verify(): Promise<void> {
    try {
      await this.#transport.verify();
    } catch (cause) {
      throw smtpError(cause);
    }
  }

  close(): void {
    this.#transport.close();
  }

  #remember(accepted: Accepted): void {
    this.#byId.set(accepted.record.id, accepted);
    if (accepted.record.reference) this.#byReference.set(accepted.record.reference, accepted);
    while (this.#byId.size > this.#maxRecords) {
      const oldest = this.#byId.keys().next();
      if (oldest.done) break;
      const dropped = this.#byId.get(oldest.value);
      this.#byId.delete(oldest.value);
      const reference = dropped?.record.reference;
      if (reference && this.#byReference.get(reference) === dropped) this.#byReference.delete(reference);
    }
  }

  #emit(entry: SmtpLogEntry): void {
    try {
      this.#log?.(entry);
    } catch {
      // A failing logger must not turn a sent message into a failure.
    }
  }
}

function htmlDocument(subject: string, body: string, locale: string): string {
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>${body}</body></html>`;
}

const UNREACHABLE = new Set(['ECONNECTION', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE']);

/**
 * Maps a nodemailer failure to a typed error. The server's reply text is left
 * out (it often repeats the recipient); its codes are kept.
 */
export function smtpError(cause: unknown): CivicError {
  const error = (cause ?? {}) as NodemailerError;
  const code = typeof error.code === 'string' ? error.code : '';
  const responseCode = typeof error.responseCode === 'number' ? error.responseCode : undefined;
  const enhanced = typeof error.response === 'string' ? /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(error.response)?.[1] : undefined;
  const reply = responseCode === undefined ? '' : ` (${responseCode}${enhanced ? ` ${enhanced}` : ''})`;
  if (code === 'EAUTH' || code === 'ENOAUTH' || code === 'EOAUTH2') {
    return new CivicError('notifications.smtp.auth', `The SMTP server refused the username or password${reply}`, { retryable: false });
  }
  if (responseCode !== undefined && responseCode >= 400 && responseCode < 500) {
    return new UnavailableError('notifications.smtp.deferred', `The SMTP server deferred the message${reply}: try again later`);
  }
  if (responseCode !== undefined && responseCode >= 500) {
    return new CivicError('notifications.smtp.rejected', `The SMTP server refused the message${reply}: sending it again will not help`, {
      retryable: false,
    });
  }
  if (code === 'ETIMEDOUT') {
    return new UnavailableError('notifications.smtp.timeout', 'The SMTP server did not answer in time; the message may have been sent');
  }
  if (code === 'EABORT') return new UnavailableError('notifications.smtp.aborted', 'Sending was cancelled');
  if (UNREACHABLE.has(code)) {
    return new UnavailableError('notifications.smtp.unreachable', 'Could not reach the SMTP server (the connection failed or dropped)');
  }
  return new UnavailableError('notifications.smtp.failed', `Sending through SMTP failed${code ? ` (${code})` : ''}`);
}
