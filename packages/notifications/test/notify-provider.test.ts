import { CivicError, UnavailableError, ValidationError } from '@civicbricks/core/errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MissingPersonalisationError, RateLimitError, SmsTooLongError, type Template } from '../src/index.js';
import { createNotifyProvider, nextMidnightUtc, parseApiKey, RollingRateLimiter, type NotifyProviderOptions } from '../src/notify/index.js';
import { startFakeNotify, type FakeNotify } from './support/fake-notify.js';
import { runProviderSuite, suiteEmailTemplate } from './support/provider-suite.js';
import { rejection } from '../../../tests/support/rejection.js';

// The client's timeout where a test holds an answer back: far above a real answer on a busy machine, so the
// only timeout the test sees is the one it injected.
const SLOW_ANSWER_MS = 2_000;

const SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const API_KEY = `my_test_key-${SERVICE_ID}-${SECRET}`;
const EMAIL_TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';
const EMAIL_TEMPLATE_CY = 'a5e7a4a4-41a7-4d0a-9c76-6e5d2b4d1f11';
const SMS_TEMPLATE = '4f2d8a84-0c21-4f3e-9d8f-0a6b9e9c5e21';
const LETTER_TEMPLATE = '9a1c7d1e-4b5f-4c8e-8f7a-2b3c4d5e6f70';

const email: Template = {
  id: 'appointment',
  type: 'email',
  variants: {
    en: { subject: 'Your appointment', body: 'Dear ((name)), see you on ((date)).' },
    cy: { subject: 'Eich apwyntiad', body: 'Annwyl ((name)), ((date)).' },
  },
};
const sms: Template = { id: SMS_TEMPLATE, type: 'sms', variants: { en: { body: 'Your code is ((code))' } } };
const letter: Template = { id: LETTER_TEMPLATE, type: 'letter', variants: { en: { subject: 'Council tax', body: 'Dear resident' } } };

let fake: FakeNotify;
let sleeps: number[];

beforeEach(async () => {
  fake = await startFakeNotify({
    services: [{ serviceId: SERVICE_ID, secret: SECRET }],
    templates: { [EMAIL_TEMPLATE]: 'email', [EMAIL_TEMPLATE_CY]: 'email', [SMS_TEMPLATE]: 'sms', [LETTER_TEMPLATE]: 'letter' },
  });
  sleeps = [];
});
afterEach(async () => {
  await fake.close();
});

function provider(options: Partial<NotifyProviderOptions> = {}) {
  return createNotifyProvider({
    apiKey: API_KEY,
    baseUrl: fake.url,
    templateIds: { appointment: { en: EMAIL_TEMPLATE, cy: EMAIL_TEMPLATE_CY } },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
}

runProviderSuite('GOV.UK Notify', () => ({
  provider: provider({ templateIds: { [suiteEmailTemplate.id]: EMAIL_TEMPLATE } }),
  delivered: async () => fake.messages.length,
}));

const emailMessage = (reference = 'case-7Q4X9') => ({
  template: email,
  to: 'resident@example.com',
  personalisation: { name: 'Sam', date: '3 March' },
  reference,
});

describe('API keys and tokens', () => {
  it('takes the service id and secret from the last 73 characters of the key', () => {
    expect(parseApiKey(API_KEY)).toEqual({ serviceId: SERVICE_ID, secret: SECRET });
    expect(parseApiKey(`a-name-with-hyphens-${SERVICE_ID}-${SECRET}`)).toEqual({ serviceId: SERVICE_ID, secret: SECRET });
  });

  it('refuses keys that are not name-serviceid-secret, without echoing them', () => {
    for (const key of ['', 'short', `${SERVICE_ID}${SECRET}x`, `name-${SERVICE_ID}-not-a-uuid-not-a-uuid-not-a-uuid-xxxx`]) {
      const error = (() => {
        try {
          parseApiKey(key);
        } catch (e) {
          return e as ValidationError;
        }
        return undefined;
      })();
      expect(error?.code).toBe('notifications.notify.invalid_api_key');
      if (key.length > 5) expect(error?.message).not.toContain(key);
    }
  });

  it('is refused by Notify (403, not retried) when signed with the wrong secret', async () => {
    const wrong = provider({ apiKey: `my_test_key-${SERVICE_ID}-00000000-0000-4000-8000-000000000000` });
    const error = (await rejection(wrong.send(emailMessage()))) as CivicError;
    expect(error).toBeInstanceOf(CivicError);
    expect(error.code).toBe('notifications.notify.auth');
    expect(error.retryable).toBe(false);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.status).toBe(403);
    expect(fake.messages).toHaveLength(0);
  });

  it('is refused when the clock is more than 30 seconds out, and accepted within 30 seconds', async () => {
    const slow = provider({ clock: () => new Date(Date.now() - 45_000) });
    expect(((await rejection(slow.send(emailMessage()))) as CivicError).code).toBe('notifications.notify.auth');
    const nearly = provider({ clock: () => new Date(Date.now() - 20_000), rateLimiter: new RollingRateLimiter() });
    await expect(nearly.send(emailMessage('case-2'))).resolves.toMatchObject({ alreadySent: false });
  });
});

describe('sending', () => {
  it('sends an email with the documented body, and the fake checks the JWT and fields', async () => {
    const result = await provider().send(emailMessage());
    expect(result).toMatchObject({ reference: 'case-7Q4X9', alreadySent: false, locale: 'en' });
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]?.id).toBe(result.id);
    expect(fake.messages[0]?.body).toEqual({
      email_address: 'resident@example.com',
      template_id: EMAIL_TEMPLATE,
      reference: 'case-7Q4X9',
      personalisation: { name: 'Sam', date: '3 March' },
    });
  });

  it('uses the Welsh template id for a Welsh recipient', async () => {
    const result = await provider().send({ ...emailMessage(), locale: 'cy-GB' });
    expect(result.locale).toBe('cy');
    expect(fake.messages[0]?.templateId).toBe(EMAIL_TEMPLATE_CY);
  });

  it('sends text messages and letters to their own endpoints', async () => {
    const p = provider();
    await p.send({
      template: sms,
      to: '07700 900123',
      personalisation: { code: '1234' },
      reference: 'otp-1',
      smsSenderId: '8e222534-7f05-4972-86e3-17c5d9f894e2',
    });
    await p.send({
      template: letter,
      personalisation: { address_line_1: 'A Resident', address_line_2: '1 High Street', address_line_3: 'SW1A 1AA' },
      reference: 'letter-1',
    });
    expect(fake.messages.map((m) => m.type)).toEqual(['sms', 'letter']);
    expect(fake.messages[0]?.body).toMatchObject({ phone_number: '07700 900123', sms_sender_id: '8e222534-7f05-4972-86e3-17c5d9f894e2' });
    expect(fake.requests.map((r) => r.path)).toEqual(['/v2/notifications/sms', '/v2/notifications/letter']);
  });

  it('uses an injected fetch', async () => {
    const calls: string[] = [];
    const p = provider({
      fetch: (input, init) => {
        calls.push(`${init?.method} ${String(input)}`);
        return fetch(input, init);
      },
    });
    await p.send(emailMessage());
    expect(calls).toEqual([`POST ${fake.url}/v2/notifications/email`]);
  });

  it('maps a 400 from Notify to a ValidationError that is not retried', async () => {
    const p = provider({ templateIds: { appointment: 'ffffffff-ffff-4fff-8fff-ffffffffffff' } });
    const error = (await rejection(p.send(emailMessage()))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe('notifications.notify.bad_request');
    expect(error.message).toContain('Template not found');
    expect(error.retryable).toBe(false);
    expect(fake.requests).toHaveLength(1);
  });

  it('checks everything before sending: missing values, length, reference, recipient, template id', async () => {
    const p = provider();
    expect(await rejection(p.send({ ...emailMessage(), personalisation: { name: 'Sam' } }))).toBeInstanceOf(MissingPersonalisationError);
    const long = (await rejection(
      p.send({ template: sms, to: '07700900123', personalisation: { code: 'x'.repeat(919) }, reference: 'r-1' }),
    )) as SmsTooLongError;
    expect(long).toBeInstanceOf(SmsTooLongError);
    expect(long.code).toBe('notifications.sms_too_long');
    for (const reference of ['sam@example.com', 'SW1A 1AA', '07700 900123', '+44 7700 900123']) {
      expect(((await rejection(p.send(emailMessage(reference)))) as ValidationError).code).toBe('notifications.reference_personal_data');
    }
    expect(((await rejection(p.send({ ...emailMessage(), to: 'not an email' }))) as ValidationError).code).toBe(
      'notifications.invalid_recipient',
    );
    expect(((await rejection(p.send({ ...emailMessage(), template: { ...email, id: 'unmapped' } }))) as ValidationError).code).toBe(
      'notifications.notify.unknown_template',
    );
    expect(
      (
        (await rejection(
          p.send({ template: letter, personalisation: { address_line_1: 'A', address_line_2: 'B' }, reference: 'l-2' }),
        )) as ValidationError
      ).code,
    ).toBe('notifications.letter_address');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('looking messages up', () => {
  it('gets a status by id and finds a message by reference', async () => {
    const p = provider();
    const sent = await p.send(emailMessage('case-42'));
    fake.messages[0]!.status = 'delivered';
    await expect(p.status(sent.id)).resolves.toMatchObject({
      id: sent.id,
      status: 'delivered',
      type: 'email',
      reference: 'case-42',
      templateId: EMAIL_TEMPLATE,
    });
    await expect(p.findByReference('case-42')).resolves.toMatchObject({ id: sent.id });
    await expect(p.findByReference('case-43')).resolves.toBeUndefined();
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /v2/notifications?reference=case-42');
  });

  it('reports an unknown id as NotFoundError and a malformed one before asking', async () => {
    const p = provider();
    expect(((await rejection(p.status('0d9c3c61-7a53-4a35-9a55-8a2f5b8c1e9f'))) as CivicError).code).toBe('notifications.not_found');
    expect(((await rejection(p.status('nope'))) as CivicError).code).toBe('notifications.notify.invalid_id');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  it('backs off and retries after a 429 rate limit', async () => {
    fake.faults.push('rate-limit', 'rate-limit');
    const result = await provider().send(emailMessage());
    expect(result.alreadySent).toBe(false);
    expect(sleeps).toEqual([1000, 2000]);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 429, 201]);
    expect(fake.messages).toHaveLength(1);
  });

  it('gives up with a retryable RateLimitError when 429s continue', async () => {
    fake.faults.push('rate-limit', 'rate-limit', 'rate-limit');
    const error = (await rejection(provider({ maxAttempts: 3 }).send(emailMessage()))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.scope).toBe('minute');
    expect(error.retryable).toBe(true);
    expect(error.retryAfter).toBeInstanceOf(Date);
  });

  it('does not retry the daily limit and says to come back at midnight UTC', async () => {
    fake.faults.push('daily-limit');
    const now = new Date();
    const error = (await rejection(provider().send(emailMessage()))) as RateLimitError;
    expect(error.code).toBe('notifications.notify.daily_limit');
    expect(error.scope).toBe('daily');
    expect(error.retryable).toBe(true);
    expect(error.retryAfter.toISOString()).toBe(nextMidnightUtc(now).toISOString());
    expect(error.retryAfter.toISOString().endsWith('T00:00:00.000Z')).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('after a 500 that recorded the message, finds it by reference instead of sending twice', async () => {
    fake.faults.push('error-after-record');
    const result = await provider().send(emailMessage('case-500'));
    expect(result.alreadySent).toBe(true);
    expect(result.id).toBe(fake.messages[0]?.id);
    expect(fake.messages).toHaveLength(1);
    expect(fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 500', 'GET 200']);
  });

  it('after a 500 that recorded nothing, looks up, finds nothing, and sends', async () => {
    fake.faults.push('server-error');
    const result = await provider().send(emailMessage('case-501'));
    expect(result.alreadySent).toBe(false);
    expect(fake.messages).toHaveLength(1);
    expect(fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 500', 'GET 200', 'POST 201']);
  });

  it('after a dropped connection, finds the message by reference', async () => {
    fake.faults.push('drop');
    const result = await provider().send(emailMessage('case-drop'));
    expect(result.alreadySent).toBe(true);
    expect(fake.messages).toHaveLength(1);
  });

  it('after a timeout, finds the message by reference', async () => {
    fake.faults.push('timeout');
    const result = await provider({ timeoutMs: SLOW_ANSWER_MS }).send(emailMessage('case-slow'));
    expect(result.alreadySent).toBe(true);
    expect(fake.messages).toHaveLength(1);
  });

  it('when Notify cannot be reached at all, throws a retryable UnavailableError', async () => {
    await fake.close();
    const error = (await rejection(provider({ maxAttempts: 2 }).send(emailMessage()))) as UnavailableError;
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error.code).toBe('notifications.notify.unreachable');
    expect(error.retryable).toBe(true);
    fake = await startFakeNotify({ services: [], templates: {} });
  });
});

describe('client-side rate limit', () => {
  it('counts messages per rolling minute and says when to retry', async () => {
    let now = Date.parse('2025-01-06T10:00:00Z');
    const clock = () => new Date(now);
    const limiter = new RollingRateLimiter({ limit: 2, clock });
    const fakeClock = { clock };
    await fake.close();
    fake = await startFakeNotify({
      services: [{ serviceId: SERVICE_ID, secret: SECRET }],
      templates: { [EMAIL_TEMPLATE]: 'email' },
      ...fakeClock,
    });
    const p = provider({ clock, rateLimiter: limiter, waitForRateLimit: false });
    await p.send(emailMessage('r-1'));
    now += 10_000;
    await p.send(emailMessage('r-2'));
    now += 10_000;
    const error = (await rejection(p.send(emailMessage('r-3')))) as RateLimitError;
    expect(error.scope).toBe('client');
    expect(error.retryAfter.getTime()).toBe(Date.parse('2025-01-06T10:01:00Z'));
    expect(fake.messages).toHaveLength(2);
    now = Date.parse('2025-01-06T10:01:00Z');
    await p.send(emailMessage('r-3'));
    expect(fake.messages).toHaveLength(3);
  });

  it('waits for a slot when asked to', async () => {
    let now = Date.parse('2025-01-06T10:00:00Z');
    const clock = () => new Date(now);
    await fake.close();
    fake = await startFakeNotify({
      services: [{ serviceId: SERVICE_ID, secret: SECRET }],
      templates: { [EMAIL_TEMPLATE]: 'email' },
      clock,
    });
    const p = provider({
      clock,
      rateLimiter: new RollingRateLimiter({ limit: 1, clock }),
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    });
    await p.send(emailMessage('w-1'));
    await p.send(emailMessage('w-2'));
    expect(sleeps).toEqual([60_000]);
    expect(fake.messages).toHaveLength(2);
  });

  it('allows 3,000 a minute by default and refuses the 3,001st', () => {
    const now = Date.parse('2025-01-06T10:00:00Z');
    const limiter = new RollingRateLimiter({ clock: () => new Date(now) });
    for (let i = 0; i < 3000; i += 1) expect(limiter.tryTake()).toBe(0);
    expect(limiter.tryTake()).toBe(60_000);
    expect(limiter.used).toBe(3000);
  });
});
