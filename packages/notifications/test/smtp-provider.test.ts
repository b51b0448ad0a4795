/**
 * The SMTP provider against a real SMTP server (smtp-server) started on
 * 127.0.0.1 on a free port, with authentication, reading back what arrived.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { CivicError, UnavailableError, ValidationError } from '@civicbricks/core/errors';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MissingPersonalisationError, type Template } from '../src/index.js';
import { createSmtpProvider, smtpError, type SmtpLogEntry, type SmtpProviderOptions } from '../src/smtp/index.js';
import { runProviderSuite } from './support/provider-suite.js';
import { rejection } from '../../../tests/support/rejection.js';

const USER = 'desk@charity.example';
const PASS = 'correct-horse-battery-staple-7261';
const RECIPIENT = 'sam.jones@example.com';

type Fault = 'rcpt-450' | 'rcpt-550' | 'data-451' | 'data-554';

interface Received {
  readonly from: string;
  readonly to: readonly string[];
  readonly user: string | undefined;
  readonly raw: string;
}

let server: SMTPServer;
let port: number;
const received: Received[] = [];
const faults: Fault[] = [];
let logs: SmtpLogEntry[] = [];
const consoleSpies: ReturnType<typeof vi.spyOn>[] = [];

function smtpFailure(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

beforeAll(async () => {
  server = new SMTPServer({
    secure: false,
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASS) callback(null, { user: USER });
      else callback(smtpFailure(535, '5.7.8 Authentication credentials invalid'));
    },
    onRcptTo(address, _session, callback) {
      const fault = faults[0];
      if (fault === 'rcpt-450' || fault === 'rcpt-550') {
        faults.shift();
        // Real servers repeat the address in their reply; it must not reach our errors or logs.
        callback(
          fault === 'rcpt-450'
            ? smtpFailure(450, `4.2.1 <${address.address}>: mailbox busy`)
            : smtpFailure(550, `5.1.1 <${address.address}>: no such user`),
        );
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const fault = faults[0];
        if (fault === 'data-451' || fault === 'data-554') {
          faults.shift();
          callback(fault === 'data-451' ? smtpFailure(451, '4.3.0 try later') : smtpFailure(554, '5.6.0 message refused'));
          return;
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          user: typeof session.user === 'string' ? session.user : undefined,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
  faults.length = 0;
  logs = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) consoleSpies.push(vi.spyOn(console, method));
});

afterEach(() => {
  // Nothing, from us or from nodemailer, may have written to the console.
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  vi.restoreAllMocks();
  consoleSpies.length = 0;
  const logged = JSON.stringify(logs);
  for (const secret of [PASS, RECIPIENT, 'Sam']) expect(logged).not.toContain(secret);
});

function provider(options: Partial<SmtpProviderOptions> = {}) {
  return createSmtpProvider({
    host: '127.0.0.1',
    port,
    auth: { user: USER, pass: PASS },
    from: '"Registration desk" <desk@charity.example>',
    replyTo: 'help@charity.example',
    timeoutMs: 2000,
    log: (entry) => logs.push(entry),
    ...options,
  });
}

const template: Template = {
  id: 'registration-confirmed',
  type: 'email',
  variants: {
    en: {
      subject: 'You are registered, ((name))',
      body: '# Welcome\n\nYour number is ((number)).\n\n* Bring ((item))\n\nSee [the guide](https://charity.example/guide).',
    },
    cy: { subject: 'Croeso, ((name))', body: 'Mae eich rhif yn ((number)).' },
  },
};

const message = (reference = 'reg-7Q4X9', extra: Record<string, unknown> = {}) => ({
  template,
  to: RECIPIENT,
  personalisation: { name: 'Sam', number: 'A-17', item: 'a <b>pen</b> & ID' },
  reference,
  ...extra,
});

// A small MIME reader: headers (unfolded) and the parts of a multipart body, decoded.
function parseMime(raw: string): { headers: Map<string, string>; parts: { type: string; body: string }[] } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  if (!boundary) return { headers, parts: [{ type: headers.get('content-type') ?? '', body: decode(body, headers) }] };
  const parts = body
    .split(`--${boundary}`)
    .slice(1)
    .filter((part) => !part.startsWith('--'))
    .map((part) => {
      const parsed = parseMime(part.replace(/^\r?\n/, ''));
      return { type: parsed.headers.get('content-type') ?? '', body: parsed.parts[0]?.body ?? '' };
    });
  return { headers, parts };
}

function decode(body: string, headers: Map<string, string>): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  }
  return body;
}

function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_m, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
  );
}

function expectNoPersonalData(error: unknown): void {
  const text = `${(error as Error).message} ${JSON.stringify(error)}`;
  for (const secret of [PASS, RECIPIENT, 'Sam']) expect(text).not.toContain(secret);
}

runProviderSuite('SMTP', () => ({ provider: provider(), delivered: async () => received.length }));

describe('SMTP provider', () => {
  it('sends the rendered HTML and plain text as one message, authenticated', async () => {
    const smtp = provider();
    try {
      const sent = await smtp.send(message());
      expect(sent).toMatchObject({ reference: 'reg-7Q4X9', alreadySent: false, locale: 'en' });
      expect(received).toHaveLength(1);
      const mail = received[0]!;
      expect(mail).toMatchObject({ from: 'desk@charity.example', to: [RECIPIENT], user: USER });

      const { headers, parts } = parseMime(mail.raw);
      expect(headers.get('from')).toBe('Registration desk <desk@charity.example>');
      expect(headers.get('to')).toBe(RECIPIENT);
      expect(headers.get('reply-to')).toBe('help@charity.example');
      expect(decodeHeader(headers.get('subject') ?? '')).toBe('You are registered, Sam');
      expect(headers.get('message-id')).toBe(sent.id);
      expect(sent.id).toMatch(/^<[0-9a-f-]{36}@charity\.example>$/);
      expect(headers.get('x-civic-reference')).toBe('reg-7Q4X9');
      expect(headers.get('content-language')).toBe('en');
      expect(headers.get('content-type')).toMatch(/^multipart\/alternative/);

      const text = parts.find((part) => part.type.startsWith('text/plain'));
      const html = parts.find((part) => part.type.startsWith('text/html'));
      expect(text?.body).toContain('Your number is A-17.');
      expect(text?.body).toContain('a <b>pen</b> & ID');
      expect(html?.body).toMatch(/^<!DOCTYPE html><html lang="en">/);
      expect(html?.body).toContain('<title>You are registered, Sam</title>');
      expect(html?.body).toContain('Welcome</h2>');
      expect(html?.body).toContain('a &lt;b&gt;pen&lt;/b&gt; &amp; ID');
      expect(html?.body).not.toContain('<b>pen</b>');
      expect(html?.body).toContain('href="https://charity.example/guide"');

      expect(await smtp.status(sent.id)).toMatchObject({ id: sent.id, status: 'sending', reference: 'reg-7Q4X9', type: 'email' });
      expect(await smtp.findByReference('reg-7Q4X9')).toMatchObject({ id: sent.id });
      expect(logs).toEqual([{ level: 'info', event: 'smtp.sent', reference: 'reg-7Q4X9', messageId: sent.id }]);
    } finally {
      smtp.close();
    }
  });

  it('sends the Welsh variant with a Welsh language tag and one-click unsubscribe headers', async () => {
    const smtp = provider();
    try {
      await smtp.send(message('reg-cy-1', { locale: 'cy', oneClickUnsubscribeUrl: 'https://charity.example/unsubscribe/abc' }));
      const { headers, parts } = parseMime(received[0]!.raw);
      expect(decodeHeader(headers.get('subject') ?? '')).toBe('Croeso, Sam');
      expect(headers.get('content-language')).toBe('cy');
      expect(headers.get('list-unsubscribe')).toBe('<https://charity.example/unsubscribe/abc>');
      expect(headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(parts.find((part) => part.type.startsWith('text/html'))?.body).toContain('<html lang="cy">');
    } finally {
      smtp.close();
    }
  });

  it('maps 4xx replies to retryable UnavailableError and 5xx to permanent errors, without the address', async () => {
    const smtp = provider();
    try {
      for (const [fault, code, retryable] of [
        ['rcpt-450', 'notifications.smtp.deferred', true],
        ['data-451', 'notifications.smtp.deferred', true],
        ['rcpt-550', 'notifications.smtp.rejected', false],
        ['data-554', 'notifications.smtp.rejected', false],
      ] as const) {
        faults.push(fault);
        const error = await rejection(smtp.send(message(`reg-${fault}`)));
        expect(error).toBeInstanceOf(CivicError);
        expect(error).toMatchObject({ code, retryable });
        expect(error instanceof UnavailableError).toBe(retryable);
        expectNoPersonalData(error);
      }
      faults.push('rcpt-550');
      expect(await rejection(smtp.send(message('reg-x')))).toHaveProperty(
        'message',
        'The SMTP server refused the message (550 5.1.1): sending it again will not help',
      );
      expect(received).toHaveLength(0);
      expect(logs.map((entry) => [entry.event, entry.code, entry.responseCode])).toEqual([
        ['smtp.failed', 'notifications.smtp.deferred', 450],
        ['smtp.failed', 'notifications.smtp.deferred', 451],
        ['smtp.failed', 'notifications.smtp.rejected', 550],
        ['smtp.failed', 'notifications.smtp.rejected', 554],
        ['smtp.failed', 'notifications.smtp.rejected', 550],
      ]);
      // A deferred message can be sent once the server takes it.
      expect((await smtp.send(message('reg-rcpt-450'))).alreadySent).toBe(false);
      expect(received).toHaveLength(1);
    } finally {
      smtp.close();
    }
  });

  it('reports refused credentials as a permanent auth error that never repeats the password', async () => {
    const smtp = provider({ auth: { user: USER, pass: 'wrong-password-9921' } });
    try {
      const error = await rejection(smtp.send(message()));
      expect(error).toMatchObject({ code: 'notifications.smtp.auth', retryable: false });
      expect(JSON.stringify(error)).not.toContain('wrong-password-9921');
      expect((error as Error).message).not.toContain('wrong-password-9921');
      expect(await rejection(smtp.verify())).toMatchObject({ code: 'notifications.smtp.auth' });
      expect(received).toHaveLength(0);
    } finally {
      smtp.close();
    }
    const good = provider();
    await expect(good.verify()).resolves.toBeUndefined();
    good.close();
  });

  it('reports a server that cannot be reached as retryable', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const free = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(free));
      });
    });
    const smtp = provider({ port: closedPort });
    try {
      const error = await rejection(smtp.send(message()));
      expect(error).toBeInstanceOf(UnavailableError);
      expect(error).toMatchObject({ code: 'notifications.smtp.unreachable', retryable: true });
      expectNoPersonalData(error);
    } finally {
      smtp.close();
    }
  });

  it('refuses what it cannot send before connecting', async () => {
    const smtp = provider();
    try {
      const sms: Template = { id: 'code', type: 'sms', variants: { en: { body: 'Code ((code))' } } };
      expect(
        await rejection(smtp.send({ template: sms, to: '07700 900123', personalisation: { code: '1' }, reference: 'r-1' })),
      ).toMatchObject({
        code: 'notifications.smtp.unsupported_type',
      });
      expect(await rejection(smtp.send({ ...message(), personalisation: { name: 'Sam' } }))).toBeInstanceOf(MissingPersonalisationError);
      expect(await rejection(smtp.send(message('call 07700 900123')))).toMatchObject({ code: 'notifications.reference_personal_data' });
      expect(received).toHaveLength(0);
    } finally {
      smtp.close();
    }
  });

  it('checks its options without echoing the password', () => {
    const error = (() => {
      try {
        createSmtpProvider({ host: '', from: 'not an address', auth: { user: USER, pass: PASS } });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify(error)).not.toContain(PASS);
  });
});

describe('smtpError', () => {
  it('classifies by reply code and nodemailer error code', () => {
    expect(smtpError({ code: 'EENVELOPE', responseCode: 452, response: '452 4.5.3 Too many recipients' })).toMatchObject({
      code: 'notifications.smtp.deferred',
      retryable: true,
      message: 'The SMTP server deferred the message (452 4.5.3): try again later',
    });
    expect(smtpError({ code: 'EMESSAGE', responseCode: 552 })).toMatchObject({ code: 'notifications.smtp.rejected', retryable: false });
    expect(smtpError({ code: 'ETIMEDOUT' })).toMatchObject({ code: 'notifications.smtp.timeout', retryable: true });
    expect(smtpError({ code: 'ECONNECTION' })).toMatchObject({ code: 'notifications.smtp.unreachable', retryable: true });
    expect(smtpError(new Error('boom'))).toMatchObject({ code: 'notifications.smtp.failed', retryable: true });
  });
});
