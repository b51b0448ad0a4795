import { describe, expect, it } from 'vitest';
import { countSms, renderTemplate, type Template } from '../src/index.js';

// The README's quick start, kept true.
describe('README examples', () => {
  const reminder: Template = {
    id: 'appointment-reminder',
    type: 'sms',
    variants: {
      en: { body: 'Your appointment is on ((date)).((online?? It is a video call.))' },
      cy: { body: 'Mae eich apwyntiad ar ((date)).' },
    },
  };

  it('renders the Welsh variant and counts it', () => {
    expect(renderTemplate(reminder, { date: '3 March', online: 'yes' }, { locale: 'cy' })).toMatchObject({
      text: 'Mae eich apwyntiad ar 3 March.',
      locale: 'cy',
      missing: [],
      sms: { characters: 30, fragments: 1, encoding: 'gsm' },
    });
    expect(renderTemplate(reminder, { date: '3 March', online: 'yes' }).text).toBe('Your appointment is on 3 March. It is a video call.');
  });

  it('counts Welsh text', () => {
    expect(countSms('Diolch – ŵyr')).toMatchObject({ characters: 12, fragments: 1, encoding: 'ucs2' });
  });
});

// The README's outbox sections, kept true: queue with a state change, deliver, read back, take a receipt.
describe('README: sending through the storage outbox', () => {
  it('queues in the transaction, delivers once, and records receipts', async () => {
    const { createStore } = await import('@civicbricks/storage');
    const { createNotificationDelivery, createOutboxProvider, notificationsMigrations, queueNotification } =
      await import('../src/outbox/index.js');
    const { createDeliveryReceiptHandler } = await import('../src/notify/index.js');
    const { z } = await import('zod');
    const store = await createStore({ adapter: 'memory', migrations: [notificationsMigrations] });
    try {
      const Case = z.object({ status: z.enum(['open', 'closed']) });
      const opened = await store.collection('cases.case', Case).insert({ status: 'open' });
      const caseClosed: Template = {
        id: 'case-closed',
        type: 'email',
        variants: { en: { subject: 'Case closed', body: 'Dear ((name)), your case is closed.' } },
      };
      await store.transaction(async (tx) => {
        const closed = await tx.collection('cases.case', Case).update(opened.id, opened.version, { status: 'closed' });
        await tx.audit.append({ actor: 'staff:4411', action: 'case.closed', collection: 'cases.case', recordId: closed.id });
        await queueNotification(tx, {
          template: caseClosed,
          to: 'sam@example.com',
          personalisation: { name: 'Sam' },
          locale: 'en',
          idempotencyKey: `case-closed:${closed.id}`,
        });
      });
      const outbox = createOutboxProvider({ store, delivery: 'manual' });
      const delivery = createNotificationDelivery({ store, provider: outbox, worker: { maxAttempts: 8 } });
      expect(await delivery.worker.runOnce()).toMatchObject({ delivered: 1 });
      const record = await delivery.get(`case-closed:${opened.id}`);
      expect(record).toMatchObject({ state: 'sent', status: 'created', attempts: 1 });

      const page = await outbox.list({ type: 'email', status: 'created' });
      expect(page.items[0]).toMatchObject({ to: 'sam@example.com', subject: 'Case closed', id: record?.providerId });

      const handleReceipt = createDeliveryReceiptHandler({
        bearerToken: 'a-long-callback-token',
        onStatus: async (update) => void (await delivery.recordStatus(update)),
        currentStatus: (id) => delivery.currentStatus(id),
      });
      const receipt = {
        id: record?.providerId,
        reference: record?.reference,
        to: 'sam@example.com',
        status: 'delivered',
        created_at: '2026-03-01T10:00:00.000000Z',
        completed_at: '2026-03-01T10:00:05.000000Z',
        sent_at: '2026-03-01T10:00:01.000000Z',
        notification_type: 'email',
        template_id: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
        template_version: 1,
      };
      const answer = await handleReceipt({ authorization: 'Bearer a-long-callback-token' }, receipt);
      expect(answer.statusCode).toBe(200);
      expect(await delivery.currentStatus(record?.providerId ?? '')).toBe('delivered');
      // A late `sending` never moves it back.
      await handleReceipt({ authorization: 'Bearer a-long-callback-token' }, { ...receipt, status: 'sending' });
      expect((await delivery.get(`case-closed:${opened.id}`))?.status).toBe('delivered');
    } finally {
      await store.close();
    }
  });
});
