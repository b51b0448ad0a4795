import { createStore, type Store } from '@civicbricks/storage';
import { CivicError, ConflictError } from '@civicbricks/core/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJourney } from '../src/index.js';
import { createSaveAndReturn, ResumeLinkError, SAVED_JOURNEYS } from '../src/store/index.js';
import { registerJourney } from './fixtures.js';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const journey = createJourney(registerJourney);
let store: Store;
let now = new Date('2026-03-15T10:00:00Z');
const clock = () => now;

beforeAll(async () => {
  store = await createStore({ adapter: 'memory' });
});
afterAll(async () => {
  await store.close();
});

async function refusal(promise: Promise<unknown>): Promise<ResumeLinkError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ResumeLinkError) return error;
    throw error;
  }
  throw new Error('expected the link to be refused');
}

/** Replaces one character of the token at `index` with another allowed in that place. */
function flip(token: string, index: number): string {
  const c = token.charAt(index);
  const swap = c === '.' ? '.' : /[0-9]/.test(c) ? (c === '1' ? '2' : '1') : c === 'a' ? 'b' : 'a';
  return token.slice(0, index) + swap + token.slice(index + 1);
}

describe('save and return', () => {
  it('saves answers and gives a link that brings them back, with nothing personal in it', async () => {
    now = new Date('2026-03-15T10:00:00Z');
    const service = createSaveAndReturn({ store, secret, clock });
    const answers = { dob: '1980-05-01', hasChildren: false };
    const link = await service.save(journey, answers);
    expect(link.expiresAt).toBe('2026-04-12T10:00:00.000Z'); // 28 days
    expect(link.token).toMatch(/^[0-9a-f]{32}\.1\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(link.token).not.toContain('1980');
    expect(Buffer.from(link.token, 'utf8').toString('latin1')).not.toMatch(/hasChildren|dob/);
    const resumed = await service.resume(link.token);
    expect(resumed).toEqual({
      id: link.saved.id,
      journeyId: 'register-garden-waste',
      journeyVersion: 1,
      answers,
      version: 1,
      expiresAt: link.expiresAt,
    });
  });

  it('keeps saving to the same journey with optimistic concurrency', async () => {
    const service = createSaveAndReturn({ store, secret, clock });
    const link = await service.save(journey, { dob: '1980-05-01' });
    const updated = await service.update(link.token, 1, { dob: '1980-05-01', hasChildren: true });
    expect(updated).toMatchObject({ version: 2, answers: { hasChildren: true } });
    // A second tab still holding version 1 cannot overwrite the newer answers.
    await expect(service.update(link.token, 1, { dob: '1970-01-01' })).rejects.toBeInstanceOf(ConflictError);
    expect((await service.resume(link.token)).answers).toEqual({ dob: '1980-05-01', hasChildren: true });
  });

  it('refuses an expired link with a message for the page, in English and Welsh', async () => {
    now = new Date('2026-03-15T10:00:00Z');
    const service = createSaveAndReturn({ store, secret, clock, expiresInDays: 2 });
    const link = await service.save(journey, {});
    now = new Date('2026-03-17T09:59:59Z');
    await expect(service.resume(link.token)).resolves.toMatchObject({ id: link.saved.id });
    now = new Date('2026-03-17T10:00:00Z');
    const en = await refusal(service.resume(link.token));
    expect(en).toMatchObject({ reason: 'expired', code: 'registration.resume.expired' });
    expect(en.message).toBe('This link has expired. Start again or ask for a new link.');
    const cy = await refusal(service.resume(link.token, { locale: 'cy' }));
    expect(cy.message).toBe('Mae’r ddolen hon wedi dod i ben. Dechreuwch eto neu gofynnwch am ddolen newydd.');
    await expect(service.update(link.token, 1, {})).rejects.toMatchObject({ reason: 'expired' });
  });

  it('defaults to 28 days and honours the last second', async () => {
    now = new Date('2026-03-15T10:00:00Z');
    const service = createSaveAndReturn({ store, secret, clock });
    const link = await service.save(journey, {});
    now = new Date(Date.parse('2026-03-15T10:00:00Z') + 28 * 86_400_000 - 1000);
    await expect(service.resume(link.token)).resolves.toBeDefined();
    now = new Date(Date.parse('2026-03-15T10:00:00Z') + 28 * 86_400_000);
    await expect(service.resume(link.token)).rejects.toMatchObject({ reason: 'expired' });
    now = new Date('2026-03-15T10:00:00Z');
  });

  it('refuses any tampered link: every character of the id, the generation, the expiry and the signature', async () => {
    const service = createSaveAndReturn({ store, secret, clock });
    const link = await service.save(journey, { dob: '1980-05-01' });
    for (let i = 0; i < link.token.length; i += 1) {
      const tampered = flip(link.token, i);
      if (tampered === link.token) continue;
      const error = await refusal(service.resume(tampered));
      expect(error.reason, `character ${i}`).toBe('invalid');
    }
    // Pushing the expiry out by a day, the attack that matters, fails on the signature.
    const [id, generation, expires, mac] = link.token.split('.');
    const later = `${id}.${generation}.${Number(expires) + 86_400}.${mac}`;
    expect((await refusal(service.resume(later))).reason).toBe('invalid');
    for (const junk of ['', 'x', `${link.token}.`, link.token.toUpperCase(), `${link.token} `]) {
      expect((await refusal(service.resume(junk))).reason).toBe('invalid');
    }
    const welsh = await refusal(service.resume('nonsense', { locale: 'cy' }));
    expect(welsh.message).toMatch(/^Nid yw’r ddolen hon yn gweithio\./);
  });

  it('refuses a link signed with another secret', async () => {
    const link = await createSaveAndReturn({ store, secret, clock }).save(journey, {});
    const other = createSaveAndReturn({ store, secret: 'another-secret-that-is-also-long-enough!!', clock });
    expect((await refusal(other.resume(link.token))).reason).toBe('invalid');
  });

  it('refuses a revoked link, in English and Welsh, and keeps refusing it', async () => {
    const service = createSaveAndReturn({ store, secret, clock });
    const link = await service.save(journey, { dob: '1980-05-01' });
    await service.revoke(link.token);
    const error = await refusal(service.resume(link.token));
    expect(error).toMatchObject({ reason: 'revoked', code: 'registration.resume.revoked' });
    expect(error.message).toBe('This link no longer works. Start again or ask for a new link.');
    expect((await refusal(service.resume(link.token, { locale: 'cy' }))).message).toBe(
      'Nid yw’r ddolen hon yn gweithio mwyach. Dechreuwch eto neu gofynnwch am ddolen newydd.',
    );
    await expect(service.update(link.token, 2, {})).rejects.toMatchObject({ reason: 'revoked' });
    // The revocation is stored state: another service instance with the same secret refuses it too.
    const other = createSaveAndReturn({ store, secret, clock });
    expect((await refusal(other.resume(link.token))).reason).toBe('revoked');
    const stored = await store.collection(SAVED_JOURNEYS, (await import('zod')).z.unknown()).get(link.saved.id);
    expect(stored?.data).toMatchObject({ revoked: true });
  });

  it('discards saved answers for good, and the audit chain still verifies', async () => {
    const service = createSaveAndReturn({ store, secret, clock });
    const link = await service.save(journey, { dob: '1980-05-01' });
    await service.discard(link.token, { actor: 'citizen:session-1' });
    expect((await refusal(service.resume(link.token))).reason).toBe('revoked');
    expect(await store.collection(SAVED_JOURNEYS, (await import('zod')).z.unknown()).get(link.saved.id)).toBeUndefined();
    expect(await store.verifyAuditChain()).toMatchObject({ ok: true });
  });

  it('answers bad input with typed errors', async () => {
    for (const bad of [undefined, null, {}, { store, secret: 'short' }, { store: {}, secret }, { store, secret, expiresInDays: 0 }]) {
      expect(() => createSaveAndReturn(bad as never)).toThrow(CivicError);
    }
    const service = createSaveAndReturn({ store, secret, clock });
    await expect(service.save({} as never, {})).rejects.toMatchObject({ code: 'registration.invalid_journey' });
    await expect(service.save(journey, null as never)).rejects.toBeInstanceOf(CivicError);
    await expect(service.resume(42 as never)).rejects.toBeInstanceOf(CivicError);
    await expect(service.resume('x', { locale: 'fr' } as never)).rejects.toBeInstanceOf(CivicError);
    await expect(service.update('x', 0, {})).rejects.toBeInstanceOf(CivicError);
    await expect(service.discard('x', {} as never)).rejects.toBeInstanceOf(CivicError);
    const broken = createSaveAndReturn({ store, secret, clock: () => new Date(Number.NaN) });
    await expect(broken.save(journey, {})).rejects.toMatchObject({ code: 'registration.invalid_clock' });
  });
});
