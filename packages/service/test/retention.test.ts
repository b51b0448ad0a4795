// Retention: what the privacy notice promises (answers kept for the manifest's days) is what the service does.
import { MESSAGES_COLLECTION } from '@civicbricks/notifications/outbox';
import { SUBMISSIONS } from '@civicbricks/registration/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eraseExpired } from '../src/runtime/register.js';
import { register, startTestService, Visitor, type TestService } from './support/service.js';

let running: TestService;
beforeAll(async () => {
  running = await startTestService();
});
afterAll(() => running?.close());

const count = async (collection: string) => (await running.store.collection(collection, z.unknown()).list({ limit: 500 })).items.length;

describe('retention', () => {
  it('erases submissions and their messages once they are older than retention.submissionsDays, and the audit chain still verifies', async () => {
    await register(new Visitor(running.app), { name: 'Pat Smith', phone: '07700 900 982' });
    for (let round = 0; round < 3; round += 1) await running.service.outboxWorker.runOnce();
    expect(await count(SUBMISSIONS)).toBe(1);
    expect(await count(MESSAGES_COLLECTION)).toBe(1);
    const day = 86_400_000;
    // The warm-space manifest keeps answers for 120 days.
    expect(await eraseExpired(running.store, { days: 120, now: new Date(Date.now() + 119 * day) })).toBe(0);
    expect(await count(SUBMISSIONS)).toBe(1);
    expect(await eraseExpired(running.store, { days: 120, now: new Date(Date.now() + 121 * day) })).toBe(2);
    expect(await count(SUBMISSIONS)).toBe(0);
    expect(await count(MESSAGES_COLLECTION)).toBe(0);
    expect((await running.store.verifyAuditChain()).ok).toBe(true);
    const erasures = (await running.store.audit.list({ limit: 500 })).filter((entry) => entry.action === 'record.erased');
    expect(erasures.map((entry) => entry.actor)).toEqual(['service.retention', 'service.retention']);
  });
});
