import { CivicError, ConflictError } from '@civicbricks/core/errors';
import { createStore, type Store } from '@civicbricks/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourney, PREFILLED_KEY } from '../src/index.js';
import { createProfiles, PROFILES } from '../src/store/index.js';
import { consent, prefillJourneyDefinition, profile } from './fixtures.js';

const journey = createJourney(prefillJourneyDefinition);
let store: Store;
const now = new Date('2026-03-15T12:00:00Z');
const clock = () => now;

beforeAll(async () => {
  store = await createStore({ adapter: 'memory', clock });
});
afterAll(async () => {
  await store.close();
});

describe('tell us once, stored', () => {
  it('keeps a profile with optimistic concurrency and a consent record of who, when, what wording, which channel', async () => {
    const profiles = createProfiles(store, { clock });
    const created = await profiles.saveProfile(profile, { actor: 'citizen:person-17' });
    expect(created.version).toBe(1);
    await expect(profiles.saveProfile(profile, { actor: 'citizen:person-17' })).rejects.toMatchObject({
      code: 'registration.profile.exists',
    });
    const moved = { ...profile, email: 'megan.p@example.org' };
    expect((await profiles.saveProfile(moved, { actor: 'citizen:person-17', expectedVersion: 1 })).version).toBe(2);
    await expect(profiles.saveProfile(profile, { actor: 'citizen:person-17', expectedVersion: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect(await profiles.getProfile('person-17')).toMatchObject({ version: 2, profile: { email: 'megan.p@example.org' } });

    const given = await profiles.recordConsent(
      { personId: 'person-17', wording: consent.wording, wordingVersion: '2026-01', channel: 'phone', recordedBy: 'staff:4411' },
      { actor: 'staff:4411' },
    );
    expect(given).toMatchObject({
      personId: 'person-17',
      givenAt: '2026-03-15T12:00:00.000Z',
      wording: consent.wording,
      channel: 'phone',
      recordedBy: 'staff:4411',
    });
    expect(await profiles.currentConsent('person-17')).toMatchObject({ id: given.id });
    const entries = await store.audit.list({ recordId: given.id });
    expect(entries).toMatchObject([
      { action: 'registration.consent.given', actor: 'staff:4411', metadata: { channel: 'phone', wordingVersion: '2026-01' } },
    ]);
  });

  it('prefills from the stored profile, and stops at once when consent is withdrawn', async () => {
    const profiles = createProfiles(store, { clock });
    const before = await profiles.prefill(journey, 'person-17');
    expect(before.status).toBe('prefilled');
    expect(before.answers[PREFILLED_KEY]).toEqual(['name', 'dob', 'email', 'postcode']);
    const current = await profiles.currentConsent('person-17');
    const withdrawn = await profiles.withdrawConsent(current!.id, { actor: 'citizen:person-17' });
    expect(withdrawn.withdrawnAt).toBe('2026-03-15T12:00:00.000Z');
    const after = await profiles.prefill(journey, 'person-17', { answers: { reason: 'Books' } });
    expect(after).toEqual({ answers: { reason: 'Books' }, prefilled: [], status: 'consent_withdrawn' });
    expect(await profiles.currentConsent('person-17')).toBeUndefined();
    expect((await store.audit.list({ recordId: current!.id })).map((entry) => entry.action)).toEqual([
      'registration.consent.given',
      'registration.consent.withdrawn',
    ]);
  });

  it('erases the profile and its audit detail, withdraws consent, and the audit chain still verifies', async () => {
    const profiles = createProfiles(store, { clock });
    await profiles.saveProfile({ ...profile, personId: 'person-99' }, { actor: 'citizen:person-99' });
    const given = await profiles.recordConsent(
      { personId: 'person-99', wording: consent.wording, wordingVersion: '2026-01', channel: 'online' },
      { actor: 'citizen:person-99' },
    );
    const head = await store.audit.head();
    const result = await profiles.eraseProfile('person-99', { actor: 'staff:dpo-1' });
    expect(result.recordErased).toBe(true);
    expect(result.auditDetailsErased).toBe(1);
    expect(await profiles.getProfile('person-99')).toBeUndefined();
    expect(await profiles.currentConsent('person-99')).toBeUndefined();
    const history = await store.audit.list({ collection: PROFILES, recordId: 'person-99' });
    expect(history.map((entry) => [entry.action, entry.detailErased, entry.after])).toEqual([
      ['registration.profile.created', true, undefined],
      ['record.erased', false, undefined],
    ]);
    const about99 = (await store.audit.list({ limit: 1000 })).filter(
      (entry) => entry.recordId === 'person-99' || entry.actor === 'citizen:person-99',
    );
    expect(about99.length).toBeGreaterThan(2);
    expect(JSON.stringify(about99)).not.toContain('Pritchard');
    const verified = await store.verifyAuditChain();
    expect(verified).toMatchObject({ ok: true });
    expect(verified.ok && verified.head.seq).toBeGreaterThan(head.seq);
    expect((await store.audit.list({ recordId: given.id })).map((entry) => entry.action)).toContain('registration.consent.withdrawn');
    await expect(profiles.prefill(journey, 'person-99')).rejects.toMatchObject({ code: 'registration.profile.not_found' });
  });

  it('answers bad input with typed errors', async () => {
    expect(() => createProfiles(null)).toThrow(CivicError);
    expect(() => createProfiles(store, { clock: 1 } as never)).toThrow(CivicError);
    const profiles = createProfiles(store, { clock });
    const calls: Promise<unknown>[] = [
      profiles.saveProfile({ ...profile, personId: 'me@example.org' }, { actor: 'x' }),
      profiles.saveProfile(profile, {} as never),
      profiles.getProfile(42 as never),
      profiles.recordConsent({ ...consent, channel: 'fax' } as never, { actor: 'x' }),
      profiles.withdrawConsent('nope', { actor: 'x' }),
      profiles.prefill({} as never, 'person-17'),
      profiles.eraseProfile('person-17', {} as never),
    ];
    for (const call of calls) await expect(call).rejects.toBeInstanceOf(CivicError);
  });
});
