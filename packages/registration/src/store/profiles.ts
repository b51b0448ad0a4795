/**
 * Tell us once, kept in storage: citizen profiles, consent records, withdrawal and erasure.
 *
 * Every change writes its record and an audit entry in one transaction. Personal data goes only into
 * the records and the entries' before/after detail (which erasure removes); the chained part of each
 * entry holds pseudonymous ids, field names and codes, so the chain verifies after an erasure.
 */
import { ConflictError, NotFoundError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import type { EraseResult, JsonValue, StoredRecord } from '@civicbricks/storage';
import { z } from 'zod';
import * as zm from 'zod/mini';
import type { Journey } from '../engine.js';
import {
  CitizenProfileSchema,
  ConsentRecordSchema,
  PERSON_ID,
  prefillAnswers,
  type CitizenProfile,
  type ConsentRecord,
  type PrefillOptions,
  type PrefillResult,
} from '../prefill.js';
import { readClock, readStore } from './shared.js';

export const PROFILES = 'registration.profile';
export const CONSENTS = 'registration.consent';

/** A stored consent record and its id. */
export interface StoredConsent extends ConsentRecord {
  readonly id: string;
}

export interface Profiles {
  /** Creates the person's profile, or replaces it if still at `expectedVersion` (needed once it exists). */
  saveProfile(
    profile: CitizenProfile,
    options: { readonly actor: string; readonly expectedVersion?: number },
  ): Promise<{ profile: CitizenProfile; version: number }>;
  getProfile(personId: string): Promise<{ profile: CitizenProfile; version: number } | undefined>;
  /** Records consent as given (`givenAt` defaults to now). */
  recordConsent(
    consent: Omit<ConsentRecord, 'givenAt' | 'withdrawnAt'> & { readonly givenAt?: string },
    options: { readonly actor: string },
  ): Promise<StoredConsent>;
  /** Withdraws consent from now on; prefill stops at once. */
  withdrawConsent(consentId: string, options: { readonly actor: string }): Promise<StoredConsent>;
  /** The newest consent of the person that holds now, if any. */
  currentConsent(personId: string): Promise<StoredConsent | undefined>;
  /** `prefillAnswers` with the stored profile and the consent that holds now. */
  prefill(journey: Journey, personId: string, options?: Pick<PrefillOptions, 'answers'>): Promise<PrefillResult>;
  /**
   * Erases the person's profile and its audit detail (storage `erase`) and withdraws their consent.
   * The consent records stay, as pseudonymous evidence of what was agreed.
   */
  eraseProfile(personId: string, options: { readonly actor: string }): Promise<EraseResult>;
}

const actorOptions = z.strictObject({ actor: z.string().min(1).max(200), expectedVersion: z.number().int().min(1).optional() });
const actorOnly = z.strictObject({ actor: z.string().min(1).max(200) });
const person = z.string().regex(PERSON_ID, 'must be 1 to 200 letters, digits, dots, colons, hyphens or underscores');
const consentInput = zm.extend(zm.omit(ConsentRecordSchema, { givenAt: true, withdrawnAt: true }), {
  givenAt: zm.optional(zm.iso.datetime({ offset: true })),
});
const consentId = z.string().regex(/^[0-9a-f-]{36}$/, 'must be a consent id returned by recordConsent');

/** Profiles and consent over a store; `clock` (default now) stamps consent and decides whether it holds. */
export function createProfiles(store: unknown, options?: { readonly clock?: () => Date }): Profiles {
  const s = readStore(store);
  const opts = parseInput(
    z
      .strictObject({ clock: z.custom<() => Date>((value) => typeof value === 'function', 'The clock must be a function').optional() })
      .optional(),
    options,
    { path: ['options'], codePrefix: 'registration.options' },
  );
  const clock = opts?.clock ?? (() => new Date());
  const profiles = s.collection(PROFILES, CitizenProfileSchema);
  const consents = s.collection(CONSENTS, ConsentRecordSchema);
  const toConsent = (record: StoredRecord<ConsentRecord>): StoredConsent => ({ id: record.id, ...record.data });
  const readPerson = (id: unknown) => parseInput(person, id, { path: ['personId'], codePrefix: 'registration' });

  /** The newest consent given by now; with `holding`, only one not withdrawn by now. */
  const latestConsent = async (personId: string, holding: boolean): Promise<StoredConsent | undefined> => {
    const now = readClock(clock).getTime();
    let best: StoredRecord<ConsentRecord> | undefined;
    let cursor: string | undefined;
    do {
      const page = await consents.list({ where: { personId }, limit: 500, ...(cursor ? { cursor } : {}) });
      for (const record of page.items) {
        const withdrawn = record.data.withdrawnAt !== undefined && Date.parse(record.data.withdrawnAt) <= now;
        const holds = Date.parse(record.data.givenAt) <= now && !(holding && withdrawn);
        if (holds && (!best || Date.parse(record.data.givenAt) >= Date.parse(best.data.givenAt))) best = record;
      }
      cursor = page.nextCursor;
    } while (cursor);
    return best ? toConsent(best) : undefined;
  };
  const currentConsent = (personId: string) => latestConsent(personId, true);

  const withdraw = async (id: string, actor: string): Promise<StoredConsent> => {
    const withdrawnAt = readClock(clock).toISOString();
    return s.transaction(async (tx) => {
      const records = tx.collection(CONSENTS, ConsentRecordSchema);
      const current = await records.require(id);
      if (current.data.withdrawnAt !== undefined) return toConsent(current);
      const updated = await records.update(id, current.version, { ...current.data, withdrawnAt });
      await tx.audit.append({
        actor,
        action: 'registration.consent.withdrawn',
        collection: CONSENTS,
        recordId: id,
        fields: ['withdrawnAt'],
      });
      return toConsent(updated);
    });
  };

  return {
    async saveProfile(profile, options) {
      const data = parseInput(CitizenProfileSchema, profile, {
        path: ['profile'],
        codePrefix: 'registration.profile',
        what: 'profile',
      }) as CitizenProfile;
      const { actor, expectedVersion } = parseInput(actorOptions, options, { path: ['options'], codePrefix: 'registration.options' });
      return s.transaction(async (tx) => {
        const records = tx.collection(PROFILES, CitizenProfileSchema);
        const existing = await records.get(data.personId);
        if (existing && expectedVersion === undefined) {
          throw new ConflictError(
            'registration.profile.exists',
            'This person already has a profile: give the version you read to change it',
            {
              path: ['options', 'expectedVersion'],
            },
          );
        }
        const saved = existing
          ? await records.update(data.personId, expectedVersion as number, data)
          : await records.insert(data, { id: data.personId });
        const fields = Object.keys(data).filter((key) => key !== 'personId');
        await tx.audit.append({
          actor,
          action: existing ? 'registration.profile.changed' : 'registration.profile.created',
          collection: PROFILES,
          recordId: data.personId,
          fields,
          ...(existing ? { before: existing.data as unknown as JsonValue } : {}),
          after: data as unknown as JsonValue,
        });
        return { profile: saved.data as CitizenProfile, version: saved.version };
      });
    },

    async getProfile(personId) {
      const record = await profiles.get(readPerson(personId));
      return record ? { profile: record.data as CitizenProfile, version: record.version } : undefined;
    },

    async recordConsent(consent, options) {
      const input = parseInput(consentInput, consent, { path: ['consent'], codePrefix: 'registration.consent', what: 'consent' });
      const { actor } = parseInput(actorOnly, options, { path: ['options'], codePrefix: 'registration.options' });
      const data: ConsentRecord = { ...input, givenAt: input.givenAt ?? readClock(clock).toISOString() } as ConsentRecord;
      return s.transaction(async (tx) => {
        const record = await tx.collection(CONSENTS, ConsentRecordSchema).insert(data);
        await tx.audit.append({
          actor,
          action: 'registration.consent.given',
          collection: CONSENTS,
          recordId: record.id,
          metadata: { personId: data.personId, channel: data.channel, wordingVersion: data.wordingVersion },
        });
        return toConsent(record);
      });
    },

    async withdrawConsent(id, options) {
      const checked = parseInput(consentId, id, { path: ['consentId'], codePrefix: 'registration' });
      const { actor } = parseInput(actorOnly, options, { path: ['options'], codePrefix: 'registration.options' });
      return withdraw(checked, actor);
    },

    async currentConsent(personId) {
      return currentConsent(readPerson(personId));
    },

    async prefill(journey, personId, options) {
      const id = readPerson(personId);
      const answers = parseInput(z.strictObject({ answers: z.record(z.string(), z.unknown()).optional() }).optional(), options, {
        path: ['options'],
        codePrefix: 'registration.options',
      })?.answers;
      const now = readClock(clock);
      const record = await profiles.get(id);
      if (!record) throw new NotFoundError('registration.profile.not_found', 'There is no profile for this person', { path: ['personId'] });
      // The newest consent even if withdrawn, so the result says why nothing was prefilled.
      const consent = (await latestConsent(id, false)) ?? null;
      const { id: _id, ...consentRecord } = consent ?? { id: '' };
      return prefillAnswers(journey, record.data as CitizenProfile, consent ? (consentRecord as ConsentRecord) : null, {
        now,
        ...(answers ? { answers: answers as PrefillOptions['answers'] } : {}),
      });
    },

    async eraseProfile(personId, options) {
      const id = readPerson(personId);
      const { actor } = parseInput(actorOnly, options, { path: ['options'], codePrefix: 'registration.options' });
      for (let consent = await currentConsent(id); consent; consent = await currentConsent(id)) await withdraw(consent.id, actor);
      return profiles.erase(id, { actor, metadata: { reason: 'registration.profile.erased' } });
    },
  };
}
