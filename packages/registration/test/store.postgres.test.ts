/**
 * Submission on a real PostgreSQL server, where two connections really do race: a double submit must
 * still store exactly one record. Skipped, with the reason, where there is no PostgreSQL (fails on CI).
 */
import { createStore, type Store } from '@civicbricks/storage';
import { afterAll, expect, it } from 'vitest';
import { z } from 'zod';
import { describeOnPostgres } from '../../storage/test/support/postgres-suite.js';
import { createJourney } from '../src/index.js';
import { createSaveAndReturn, submitJourney, SUBMISSIONS, SUBMITTED_TOPIC } from '../src/store/index.js';
import { address, registerJourney } from './fixtures.js';

const journey = createJourney(registerJourney);
const answers = { dob: '1980-05-01', hasChildren: false, address, phone: null };

describeOnPostgres('registration on PostgreSQL', (pg) => {
  const stores: Store[] = [];
  afterAll(async () => {
    for (const store of stores) await store.close();
  });
  const open = async (): Promise<Store> => {
    const store = await createStore({ adapter: 'postgres', connectionString: pg.server.connectionString, poolSize: 4 });
    stores.push(store);
    return store;
  };

  it('a double submit from two service instances at once stores exactly one record', async () => {
    const [a, b] = [await open(), await open()];
    for (let round = 0; round < 5; round += 1) {
      const options = { idempotencyKey: `postgres-double-click-${round}`, now: '2026-03-15T12:00:00Z' };
      const results = await Promise.all([
        submitJourney(a, journey, answers, options),
        submitJourney(b, journey, answers, options),
        submitJourney(a, journey, answers, options),
      ]);
      expect(new Set(results.map((result) => result.reference)).size).toBe(1);
      expect(results.filter((result) => result.created)).toHaveLength(1);
    }
    expect((await a.collection(SUBMISSIONS, z.unknown()).list()).items).toHaveLength(5);
    expect((await a.outbox.list({ topic: SUBMITTED_TOPIC })).items).toHaveLength(5);
    expect(await a.verifyAuditChain()).toMatchObject({ ok: true });
  });

  it('save and return: a link saved through one instance resumes through another, and revocation is shared', async () => {
    const secret = 'a-test-secret-that-is-long-enough-0123456789';
    const [a, b] = [await open(), await open()];
    const link = await createSaveAndReturn({ store: a, secret }).save(journey, { dob: '1980-05-01' });
    expect((await createSaveAndReturn({ store: b, secret }).resume(link.token)).answers).toEqual({ dob: '1980-05-01' });
    await createSaveAndReturn({ store: a, secret }).revoke(link.token);
    await expect(createSaveAndReturn({ store: b, secret }).resume(link.token)).rejects.toMatchObject({ reason: 'revoked' });
  });
});
