/**
 * The Node-only store on PGlite, the embedded default. PGlite is heavy, so the file opens one data
 * directory, closes it once (the restart) and shares the reopened store with every later test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, type Store } from '@civicbricks/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourney } from '../src/index.js';
import { createProfiles, createSaveAndReturn, submitJourney, SUBMISSIONS, SUBMITTED_TOPIC, type ResumeLink } from '../src/store/index.js';
import { address, consent, prefillJourneyDefinition, profile, registerJourney } from './fixtures.js';
import { z } from 'zod';

const root = mkdtempSync(join(tmpdir(), 'civic-registration-'));
const dataDir = join(root, 'data');
const secret = 'a-test-secret-that-is-long-enough-0123456789';
const journey = createJourney(registerJourney);
let store: Store | undefined;

afterAll(async () => {
  await store?.close();
  rmSync(root, { recursive: true, force: true });
});

// Opening PGlite takes seconds, so the restart itself happens in the hook: save, close, open again.
let link: ResumeLink;
let revoked: ResumeLink;
beforeAll(async () => {
  const first = await createStore({ adapter: 'pglite', dataDir });
  link = await createSaveAndReturn({ store: first, secret }).save(journey, { dob: '1980-05-01', hasChildren: false });
  revoked = await createSaveAndReturn({ store: first, secret }).save(journey, { dob: '1990-01-01' });
  await createSaveAndReturn({ store: first, secret }).revoke(revoked.token);
  await first.close();
  store = await createStore({ adapter: 'pglite', dataDir });
});

describe('save and return on PGlite', () => {
  it('brings saved answers back after the database is closed and opened again', async () => {
    if (!store) throw new Error('the hook opens the shared store');
    const service = createSaveAndReturn({ store, secret });
    const resumed = await service.resume(link.token);
    expect(resumed).toMatchObject({ answers: { dob: '1980-05-01', hasChildren: false }, version: 1, journeyId: journey.definition.id });
    const updated = await service.update(link.token, resumed.version, { ...resumed.answers, hasChildren: true });
    expect(updated.version).toBe(2);
    await expect(service.resume(revoked.token)).rejects.toMatchObject({ reason: 'revoked' });
  });
});

describe('tell us once on PGlite', () => {
  it('stops prefill when consent is withdrawn, and erasure keeps the audit chain verifiable', async () => {
    if (!store) throw new Error('the hook opens the shared store');
    const profiles = createProfiles(store);
    await profiles.saveProfile(profile, { actor: 'citizen:person-17' });
    const given = await profiles.recordConsent(
      {
        personId: profile.personId,
        wording: consent.wording,
        wordingVersion: consent.wordingVersion,
        channel: 'in-person',
        recordedBy: 'staff:9',
      },
      { actor: 'staff:9' },
    );
    const prefillJourney = createJourney(prefillJourneyDefinition);
    expect((await profiles.prefill(prefillJourney, profile.personId)).prefilled).toHaveLength(4);
    await profiles.withdrawConsent(given.id, { actor: 'citizen:person-17' });
    expect(await profiles.prefill(prefillJourney, profile.personId)).toMatchObject({ prefilled: [], status: 'consent_withdrawn' });
    const erased = await profiles.eraseProfile(profile.personId, { actor: 'staff:dpo-1' });
    expect(erased).toMatchObject({ recordErased: true, auditDetailsErased: 1 });
    expect(await store.verifyAuditChain()).toMatchObject({ ok: true });
    expect(JSON.stringify(await store.audit.list({ recordId: profile.personId }))).not.toContain('Pritchard');
  });
});

describe('submission on PGlite', () => {
  it('a double submit at once stores exactly one record, one reference and one event', async () => {
    if (!store) throw new Error('the hook opens the shared store');
    const s = store;
    const answers = { dob: '1980-05-01', hasChildren: false, address, phone: null };
    const options = { idempotencyKey: 'pglite-double-click', now: '2026-03-15T12:00:00Z' };
    const results = await Promise.all([submitJourney(s, journey, answers, options), submitJourney(s, journey, answers, options)]);
    expect(results[0]?.reference).toBe(results[1]?.reference);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect((await s.collection(SUBMISSIONS, z.unknown()).list()).items).toHaveLength(1);
    expect((await s.outbox.list({ topic: SUBMITTED_TOPIC })).items).toHaveLength(1);
    const retry = await submitJourney(s, journey, answers, options);
    expect(retry).toMatchObject({ created: false, reference: results[0]?.reference });
    expect(await s.verifyAuditChain()).toMatchObject({ ok: true });
  });
});
