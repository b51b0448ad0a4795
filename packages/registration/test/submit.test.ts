import { CivicError, ConflictError, type ValidationError } from '@civicbricks/core/errors';
import { isValidReference } from '@civicbricks/core/reference';
import { createStore, type Store } from '@civicbricks/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourney, IncompleteJourneyError, missingPages, prefillAnswers } from '../src/index.js';
import { getSubmission, submitJourney, SUBMISSIONS, SUBMITTED_TOPIC } from '../src/store/index.js';
import { address, consent, prefillJourneyDefinition, profile, registerJourney } from './fixtures.js';

const journey = createJourney(registerJourney);
const now = '2026-03-15T12:00:00Z';
const complete = { dob: '1980-05-01', hasChildren: false, childCount: 4, address, phone: null };
let store: Store;

beforeAll(async () => {
  store = await createStore({ adapter: 'memory' });
});
afterAll(async () => {
  await store.close();
});

describe('submitJourney', () => {
  it('stores the answers on the path, the journey id and version and a reference, with an event carrying no personal data', async () => {
    const result = await submitJourney(store, journey, complete, { idempotencyKey: 'key-00000001', now });
    expect(result).toMatchObject({ created: true, submittedAt: '2026-03-15T12:00:00.000Z' });
    expect(isValidReference(result.reference)).toBe(true);
    const stored = await getSubmission(store, result.recordId);
    // childCount was left on an abandoned branch, so it is not sent.
    expect(stored).toEqual({
      reference: result.reference,
      journeyId: 'register-garden-waste',
      journeyVersion: 1,
      answers: { dob: '1980-05-01', hasChildren: false, address, phone: null },
      submittedAt: '2026-03-15T12:00:00.000Z',
    });
    const events = (await store.outbox.list({ topic: SUBMITTED_TOPIC })).items.filter(
      (message) => (message.payload as { recordId: string }).recordId === result.recordId,
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toEqual({
      recordId: result.recordId,
      reference: result.reference,
      journeyId: 'register-garden-waste',
      journeyVersion: 1,
    });
    const entries = await store.audit.list({ collection: SUBMISSIONS, recordId: result.recordId });
    expect(entries).toMatchObject([{ action: 'registration.submitted', actor: 'citizen' }]);
    expect(JSON.stringify([events, entries])).not.toMatch(/1980|High Street|CF10/);
  });

  it('submitting again with the same key, one after the other or at once, stores one record and returns the same reference', async () => {
    const first = await submitJourney(store, journey, complete, { idempotencyKey: 'key-00000002', now });
    const again = await submitJourney(store, journey, complete, { idempotencyKey: 'key-00000002', now });
    expect(again).toEqual({ ...first, created: false });
    const together = await Promise.all(
      [1, 2, 3].map(() => submitJourney(store, journey, complete, { idempotencyKey: 'key-00000003', now })),
    );
    expect(new Set(together.map((result) => result.reference)).size).toBe(1);
    expect(together.filter((result) => result.created)).toHaveLength(1);
    const records = await store
      .collection(SUBMISSIONS, (await import('zod')).z.unknown())
      .list({ where: { reference: together[0]!.reference } });
    expect(records.items).toHaveLength(1);
  });

  it('refuses the same key with different answers', async () => {
    await submitJourney(store, journey, complete, { idempotencyKey: 'key-00000004', now });
    await expect(
      submitJourney(store, journey, { ...complete, dob: '1970-01-01' }, { idempotencyKey: 'key-00000004', now }),
    ).rejects.toMatchObject({
      code: 'registration.submission.key_reused',
    });
    await expect(
      submitJourney(store, journey, { ...complete, dob: '1970-01-01' }, { idempotencyKey: 'key-00000004', now }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses an incomplete journey, listing the pages still to answer, and stores nothing', async () => {
    const before = (await store.outbox.list({ limit: 500 })).items.length;
    const error = await submitJourney(
      store,
      journey,
      { dob: '1980-05-01', hasChildren: true },
      { idempotencyKey: 'key-00000005', now },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IncompleteJourneyError);
    expect(error).toMatchObject({ code: 'registration.journey.incomplete', missingPages: ['how-many', 'address'] });
    expect((error as Error).message).toBe('The journey is not finished: pages "how-many", "address" still to answer');
    expect((error as ValidationError).issues.map((issue) => issue.message)).toEqual([
      'Page "how-many" has not been answered',
      'Page "address" has not been answered',
    ]);
    expect(missingPages(journey, {}, { today: '2026-03-15' })).toEqual(['dob', 'children', 'address']);
    expect(missingPages(journey, { dob: '2015-01-01' }, { today: '2026-03-15' })).toEqual([]);
    await expect(submitJourney(store, journey, { dob: '2015-01-01' }, { idempotencyKey: 'key-00000006', now })).rejects.toMatchObject({
      missingPages: [],
      message: expect.stringContaining('exit page "too-young"'),
    });
    expect((await store.outbox.list({ limit: 500 })).items.length).toBe(before);
  });

  it('refuses prefilled answers the person has not confirmed', async () => {
    const prefillJourney = createJourney(prefillJourneyDefinition);
    const proposed = prefillAnswers(prefillJourney, profile, consent, { now }).answers;
    await expect(
      submitJourney(store, prefillJourney, { ...proposed, reason: 'Books' }, { idempotencyKey: 'key-00000007', now }),
    ).rejects.toMatchObject({
      code: 'registration.prefill.unconfirmed',
    });
  });

  it('answers bad input with typed errors', async () => {
    const calls: Promise<unknown>[] = [
      submitJourney(null, journey, complete, { idempotencyKey: 'key-00000008' }),
      submitJourney(store, {} as never, complete, { idempotencyKey: 'key-00000008' }),
      submitJourney(store, journey, [] as never, { idempotencyKey: 'key-00000008' }),
      submitJourney(store, journey, complete, { idempotencyKey: 'short' }),
      submitJourney(store, journey, complete, undefined as never),
      submitJourney(store, journey, complete, { idempotencyKey: 'key-00000008', now: 'tomorrow' }),
      getSubmission(store, 'x'),
    ];
    for (const call of calls) await expect(call).rejects.toBeInstanceOf(CivicError);
  });
});
