/**
 * The outbox provider on the memory adapter and on PGlite (one shared
 * instance for the file; each test uses its own references).
 */
import { ValidationError } from '@civicbricks/core/errors';
import { createStore, type Store } from '@civicbricks/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MissingPersonalisationError, SmsTooLongError, type Template } from '../src/index.js';
import { createOutboxProvider, notificationsMigrations, simulatedOutcome, type OutboxProvider } from '../src/outbox/index.js';
import { runProviderSuite } from './support/provider-suite.js';
import { rejection } from '../../../tests/support/rejection.js';

const email: Template = {
  id: 'registration-confirmed',
  type: 'email',
  variants: {
    en: { subject: 'You are registered, ((name))', body: '# Thank you\n\nYour number is ((number)).\n\n* Bring ((item))' },
    cy: { subject: 'Rydych wedi cofrestru', body: 'Diolch, ((name)).' },
  },
};
const sms: Template = { id: 'desk-code', type: 'sms', variants: { en: { body: 'Your desk code is ((code))' } } };
const letter: Template = { id: 'welcome-letter', type: 'letter', variants: { en: { subject: 'Welcome', body: 'Dear ((name))' } } };

let counter = 0;
// Unique in the file (each adapter has its own store); digits only at the end, so never a postcode.
const ref = (prefix: string): string => `${prefix}-${++counter}`;

/** Every message the outbox holds, page by page. */
async function storedCount(provider: OutboxProvider): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await provider.list({ limit: 500, ...(cursor ? { cursor } : {}) });
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}

describe('simulatedOutcome', () => {
  it('follows Notify’s simulator addresses and numbers', () => {
    expect(simulatedOutcome('email', 'someone@example.com')).toBe('delivered');
    expect(simulatedOutcome('email', 'Temp-Fail@simulator.notify')).toBe('temporary-failure');
    expect(simulatedOutcome('email', 'perm-fail@simulator.notify')).toBe('permanent-failure');
    expect(simulatedOutcome('sms', '07700 900003')).toBe('temporary-failure');
    expect(simulatedOutcome('sms', '+44 7700 900002')).toBe('permanent-failure');
    expect(simulatedOutcome('sms', '07700 900123')).toBe('delivered');
    expect(simulatedOutcome('letter', undefined)).toBe('received');
  });
});

for (const adapter of ['memory', 'pglite'] as const) {
  describe(`outbox provider on ${adapter}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await createStore({ adapter, migrations: [notificationsMigrations] });
    });
    afterAll(async () => {
      await store?.close();
    });

    runProviderSuite(`outbox on ${adapter}`, () => {
      const provider = createOutboxProvider({ store });
      return { provider, delivered: () => storedCount(provider) };
    });

    it('stores the rendered email so it can be read back, and reports it delivered', async () => {
      const provider = createOutboxProvider({ store, clock: () => new Date('2026-03-01T10:00:00Z') });
      const reference = ref('reg');
      const sent = await provider.send({
        template: email,
        to: 'sam@example.com',
        personalisation: { name: 'Sam', number: 'A-17', item: ['ID', 'a <b>pen</b>'] },
        reference,
      });
      expect(sent).toMatchObject({ reference, alreadySent: false, locale: 'en' });
      const stored = await provider.get(sent.id);
      expect(stored).toMatchObject({
        id: sent.id,
        type: 'email',
        status: 'delivered',
        reference,
        templateId: 'registration-confirmed',
        to: 'sam@example.com',
        subject: 'You are registered, Sam',
        createdAt: '2026-03-01T10:00:00.000Z',
        sentAt: '2026-03-01T10:00:00.000Z',
        completedAt: '2026-03-01T10:00:00.000Z',
      });
      expect(stored?.html).toContain('Thank you');
      expect(stored?.html).toContain('a &lt;b&gt;pen&lt;/b&gt;');
      expect(stored?.text).toContain('Your number is A-17.');
      expect(await provider.status(sent.id)).toEqual({
        id: sent.id,
        reference,
        type: 'email',
        status: 'delivered',
        templateId: 'registration-confirmed',
        createdAt: '2026-03-01T10:00:00.000Z',
        sentAt: '2026-03-01T10:00:00.000Z',
        completedAt: '2026-03-01T10:00:00.000Z',
      });
      // The status record carries no personal data.
      expect(JSON.stringify(await provider.status(sent.id))).not.toContain('sam@example.com');
    });

    it('uses the Welsh variant and keeps text message counts and letter addresses', async () => {
      const provider = createOutboxProvider({ store });
      const welsh = await provider.send({
        template: email,
        to: 'a@example.com',
        personalisation: { name: 'Siân', number: '1', item: 'x' },
        locale: 'cy',
        reference: ref('cy'),
      });
      expect(welsh.locale).toBe('cy');
      expect(await provider.get(welsh.id)).toMatchObject({ locale: 'cy', subject: 'Rydych wedi cofrestru', text: 'Diolch, Siân.\n' });

      const text = await provider.send({ template: sms, to: '07700 900123', personalisation: { code: '4411' }, reference: ref('sms') });
      expect(await provider.get(text.id)).toMatchObject({
        type: 'sms',
        text: 'Your desk code is 4411',
        fragments: 1,
        html: null,
        subject: null,
      });

      const posted = await provider.send({
        template: letter,
        personalisation: {
          name: 'Sam',
          address_line_1: 'Sam Jones',
          'Address line 2': '1 High Street',
          address_line_3: 'Cardiff CF10 1AA',
        },
        reference: ref('letter'),
      });
      expect(await provider.get(posted.id)).toMatchObject({
        type: 'letter',
        status: 'received',
        to: null,
        address: ['Sam Jones', '1 High Street', 'Cardiff CF10 1AA'],
        sentAt: null,
      });
    });

    it('lists by type, status and reference, newest first, with paging', async () => {
      const provider = createOutboxProvider({ store });
      const reference = ref('list');
      const ids: string[] = [];
      for (const code of ['1', '2', '3']) {
        ids.push((await provider.send({ template: sms, to: '07700 900123', personalisation: { code }, reference })).id);
      }
      const failed = await provider.send({
        template: sms,
        to: '07700 900002',
        personalisation: { code: '9' },
        reference: ref('list-fail'),
      });
      const first = await provider.list({ reference, limit: 2 });
      expect(first.items.map((item) => item.id)).toEqual([ids[2], ids[1]]);
      expect(first.nextCursor).toBeDefined();
      const second = await provider.list({ reference, limit: 2, cursor: first.nextCursor });
      expect(second.items.map((item) => item.id)).toEqual([ids[0]]);
      expect(second.nextCursor).toBeUndefined();
      expect((await provider.list({ reference, order: 'asc' })).items.map((item) => item.id)).toEqual(ids);

      const permanent = await provider.list({ type: 'sms', status: 'permanent-failure', limit: 500 });
      expect(permanent.items.map((item) => item.id)).toContain(failed.id);
      expect(permanent.items.every((item) => item.type === 'sms' && item.status === 'permanent-failure')).toBe(true);
      expect((await provider.list({ type: 'email', reference })).items).toEqual([]);
      expect(await provider.findByReference(reference)).toMatchObject({ id: ids[2] });
      expect(await provider.findByReference(ref('none'))).toBeUndefined();
    });

    it('moves messages through created, sending and their outcome when delivery is manual', async () => {
      let now = new Date('2026-03-01T09:00:00Z');
      const provider = createOutboxProvider({ store, delivery: 'manual', clock: () => now });
      const ok = await provider.send({
        template: email,
        to: 'b@example.com',
        personalisation: { name: 'B', number: '2', item: 'x' },
        reference: ref('m'),
      });
      const bad = await provider.send({
        template: email,
        to: 'temp-fail@simulator.notify',
        personalisation: { name: 'C', number: '3', item: 'x' },
        reference: ref('m'),
      });
      const post = await provider.send({
        template: letter,
        personalisation: { name: 'D', address_line_1: 'D', address_line_2: '2 Road', address_line_3: 'SW1A 1AA' },
        reference: ref('m'),
      });
      expect((await provider.status(ok.id)).status).toBe('created');
      expect((await provider.status(post.id)).status).toBe('accepted');

      now = new Date('2026-03-01T09:01:00Z');
      expect(await provider.advance(ok.id)).toBe(1);
      expect(await provider.status(ok.id)).toMatchObject({ status: 'sending', sentAt: '2026-03-01T09:01:00.000Z', completedAt: null });

      now = new Date('2026-03-01T09:02:00Z');
      expect(await provider.advance()).toBeGreaterThanOrEqual(3);
      expect(await provider.status(ok.id)).toMatchObject({ status: 'delivered', completedAt: '2026-03-01T09:02:00.000Z' });
      expect((await provider.status(bad.id)).status).toBe('sending');
      expect((await provider.status(post.id)).status).toBe('received');
      await provider.advance();
      expect((await provider.status(bad.id)).status).toBe('temporary-failure');
      // Final statuses never move again.
      expect(await provider.advance(ok.id)).toBe(0);
      expect(await provider.advance(bad.id)).toBe(0);
    });

    it('refuses bad messages with typed errors before storing anything', async () => {
      const provider = createOutboxProvider({ store });
      const reference = ref('bad');
      expect(await rejection(provider.send({ template: sms, to: '07700 900123', personalisation: {}, reference }))).toBeInstanceOf(
        MissingPersonalisationError,
      );
      expect(
        await rejection(provider.send({ template: sms, to: '07700 900123', personalisation: { code: 'x'.repeat(919) }, reference })),
      ).toBeInstanceOf(SmsTooLongError);
      const personal = await rejection(
        provider.send({ template: sms, to: '07700 900123', personalisation: { code: '1' }, reference: 'sam@example.com' }),
      );
      expect(personal).toMatchObject({ code: 'notifications.reference_personal_data' });
      expect((personal as Error).message).not.toContain('sam@example.com');
      expect(await rejection(provider.send({ template: email, to: '07700 900123', reference }))).toBeInstanceOf(ValidationError);
      expect((await provider.list({ reference })).items).toEqual([]);
      expect(await rejection(provider.list({ status: 'lost' as never }))).toBeInstanceOf(ValidationError);
    });

    it('gets nothing for an unknown id', async () => {
      const provider = createOutboxProvider({ store });
      expect(await provider.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    });
  });
}

describe('outbox provider migrations', () => {
  it('applies its own migrations to a store that was not given them', async () => {
    const store = await createStore({ adapter: 'memory' });
    try {
      const provider = createOutboxProvider({ store });
      const sent = await provider.send({ template: sms, to: '07700 900123', personalisation: { code: '1' }, reference: 'r-1' });
      expect((await provider.status(sent.id)).status).toBe('delivered');
      expect((await store.migrate(notificationsMigrations)).applied).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('refuses options without a store', () => {
    expect(() => createOutboxProvider({} as never)).toThrow(ValidationError);
    expect(() => createOutboxProvider({ store: {} as Store, delivery: 'later' as never })).toThrow(ValidationError);
  });
});
