/**
 * Lead professionals transferred at once on a real PostgreSQL server (started
 * for this file by the storage brick's harness, or DATABASE_URL's): twelve
 * managers on two connection pools, as two service processes would run, each
 * hand the lead of one case to a worker of their own. Every committed change
 * leaves exactly one lead, the history is one unbroken line, and every loser
 * hears a typed conflict. Workers picking up one case at once: one gets it.
 */
import { createStore, type Store } from '@civicbricks/storage';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnPostgres } from '../../storage/test/support/postgres-suite.js';
import { createCaseService, type CaseService } from '../src/service/index.js';
import { caseworker, earlyHelp, family, manager, openWithLead } from './service-suite.js';
import { CaseChangedError } from './support.js';

const WORKERS = 12;

describeOnPostgres('lead transfers racing on PostgreSQL', (pg) => {
  const stores: Store[] = [];
  beforeAll(async () => {
    for (let n = 0; n < 2; n += 1) {
      stores.push(
        await createStore({ adapter: 'postgres', connectionString: pg.server.connectionString, schema: 'cases_race', poolSize: 5 }),
      );
    }
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
  });

  it('keeps exactly one lead after every committed transfer, and refuses the losers with CaseChangedError', async () => {
    const services: CaseService[] = stores.map((store) => createCaseService({ store, caseTypes: [earlyHelp] }));
    const [first] = services as [CaseService];
    const opened = await openWithLead(first, 'worker-0');

    const conflicts: unknown[] = [];
    const wins = await Promise.all(
      Array.from({ length: WORKERS }, async (_, n) => {
        const cases = services[n % 2]!;
        const to = { userId: `worker-${n + 1}`, organisationId: 'council', role: 'caseworker' };
        for (let tries = 0; tries < 100; tries += 1) {
          const seen = await cases.get(opened.id, manager);
          try {
            await cases.transferLead({
              caseId: opened.id,
              expectedVersion: seen.version,
              to,
              reason: `Caseload ${n}`,
              actor: { ...manager, userId: `manager-${n}` },
            });
            return true;
          } catch (error) {
            if (!(error instanceof CaseChangedError)) throw error;
            conflicts.push(error);
          }
        }
        return false;
      }),
    );
    expect(wins.every(Boolean)).toBe(true);
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((error) => error instanceof CaseChangedError && error.code === 'cases.case_changed' && error.retryable)).toBe(
      true,
    );

    const final = await first.get(opened.id, manager);
    expect(final.version).toBe(2 + WORKERS);
    // One unbroken line of leads: each spell ends exactly when the next begins, and only the last is open.
    const spells = final.leadHistory;
    expect(spells).toHaveLength(1 + WORKERS);
    expect(spells.filter((spell) => spell.to === null)).toEqual([spells.at(-1)]);
    spells.slice(0, -1).forEach((spell, index) => expect(spell.to).toBe(spells[index + 1]!.from));
    expect(new Set(spells.map((spell) => spell.userId)).size).toBe(1 + WORKERS);
    expect(final.lead?.userId).toBe(spells.at(-1)!.userId);

    // The audit log tells the same story, change by change: each transfer starts from the lead the previous one left.
    const entries = (await stores[0]!.audit.list({ recordId: opened.id, limit: 1000 })).filter((entry) =>
      entry.action.startsWith('case.lead_'),
    );
    expect(entries.map((entry) => entry.metadata['version'])).toEqual(Array.from({ length: 1 + WORKERS }, (_, index) => index + 2));
    let lead = 'worker-0';
    for (const entry of entries.slice(1)) {
      expect(entry.metadata['from']).toBe(lead);
      lead = entry.metadata['to'] as string;
    }
    expect(lead).toBe(final.lead?.userId);
    expect((await stores[1]!.verifyAuditChain()).ok).toBe(true);
  });

  it('gives a case to exactly one of the workers picking it up at once, and refuses the others with CaseChangedError', async () => {
    const services: CaseService[] = stores.map((store) => createCaseService({ store, caseTypes: [earlyHelp] }));
    const opened = await services[0]!.open({ caseType: 'early-help', fields: family, actor: caseworker });
    const outcomes = await Promise.allSettled(
      Array.from({ length: WORKERS }, (_, n) =>
        services[n % 2]!.pickUp({
          caseId: opened.id,
          expectedVersion: 1,
          actor: { userId: `worker-${n}`, organisationId: 'council', roles: ['caseworker'] },
        }),
      ),
    );
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(CaseChangedError);
    }
    const final = await services[1]!.get(opened.id, manager);
    expect(final.version).toBe(2);
    expect(final.assignee?.userId).toBe(won[0]!.value.assignee?.userId);
    const pickedUp = (await stores[0]!.audit.list({ recordId: opened.id })).filter((entry) => entry.action === 'case.picked_up');
    expect(pickedUp.map((entry) => entry.metadata['assignee'])).toEqual([final.assignee?.userId]);
    expect((await stores[0]!.verifyAuditChain()).ok).toBe(true);
  });
});
