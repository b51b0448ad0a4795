/**
 * The case service on PGlite, the embedded default: the same behaviour as on
 * the memory store, through real SQL, jsonb and the database-kept audit chain,
 * erasure of a person included.
 * One PGlite instance for the file (it costs seconds and most of a gigabyte).
 */
import { createStore, type Store } from '@civicbricks/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseService } from '../src/service/index.js';
import { earlyHelp, manager, openWithLead, runCaseServiceSuite } from './service-suite.js';
import { runRightsSuite } from './rights-suite.js';
import { CaseChangedError } from './support.js';

let store: Store;
beforeAll(async () => {
  store = await createStore({ adapter: 'pglite' });
});
afterAll(async () => {
  await store?.close();
});

runCaseServiceSuite('PGlite', () => store);
runRightsSuite('PGlite', () => store);

describe('on PGlite', () => {
  it('lets exactly one of two transfers made from the same version win, and the chain still verifies', async () => {
    const cases = createCaseService({ store, caseTypes: [earlyHelp] });
    const opened = await openWithLead(cases, 'staff-c1');
    const outcomes = await Promise.allSettled(
      ['staff-c2', 'staff-c3'].map((userId) =>
        cases.transferLead({
          caseId: opened.id,
          expectedVersion: 2,
          to: { userId, organisationId: 'council', role: 'caseworker' },
          reason: 'Caseload',
          actor: manager,
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(CaseChangedError);
    const now = await cases.get(opened.id, manager);
    expect(now.version).toBe(3);
    expect(now.leadHistory.filter((spell) => spell.to === null)).toHaveLength(1);
    expect((await store.verifyAuditChain()).ok).toBe(true);
  });
});
