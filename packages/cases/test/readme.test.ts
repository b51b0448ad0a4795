/** What the README's "Organisations, people and sharing" example shows, kept true (memory store). */
import { createStore } from '@civicbricks/storage';
import { describe, expect, it } from 'vitest';
import { createCaseService, type Actor } from '../src/service/index.js';
import { earlyHelp, family } from './service-suite.js';

describe('README example', () => {
  it('records a person, links them, shares the case on consent and gives the trust its person view', async () => {
    const store = await createStore({ adapter: 'memory' });
    const worker: Actor = { userId: 'staff-c1', organisationId: 'cardiff-council', roles: ['caseworker'] };
    const nurse: Actor = { userId: 'nhs-n1', organisationId: 'nhs-trust', roles: ['nurse'] };
    const givenAt = '2026-12-01T10:00:00Z';
    const cases = createCaseService({
      store,
      caseTypes: [earlyHelp],
      serviceRoles: {
        manageDirectory: ['directory-admin'],
        recordPeople: ['caseworker', 'journey'],
        decideDuplicates: ['data-steward'],
        subjectAccess: ['data-protection'],
        erasePeople: ['data-protection'],
      },
    });
    const opened = await cases.open({ caseType: 'early-help', fields: family, actor: worker });
    const person = await cases.recordPerson({
      person: { givenName: 'Sam', familyName: 'Jones', dateOfBirth: '2015-02-28', postcode: 'CF10 1AA' },
      source: 'staff',
      actor: worker,
    });
    expect(person.possibleDuplicates).toBe(0);
    await cases.linkPerson({
      caseId: opened.id,
      expectedVersion: opened.version,
      personId: person.id,
      relationship: 'subject',
      actor: worker,
    });
    await cases.shareCase({
      caseId: opened.id,
      expectedVersion: opened.version + 1,
      organisationId: 'nhs-trust',
      fields: ['concern'],
      basis: { kind: 'consent', givenBy: 'Alex Jones, mother', givenAt, wording: 'You agreed we can share …', channel: 'in-person' },
      actor: worker,
    });
    const whole = await cases.personView({ personId: person.id, actor: nurse });
    expect(whole.cases.map((entry) => entry.case.fields)).toEqual([{ concern: 'school-attendance' }]);
    expect((await store.audit.list({ recordId: opened.id })).at(-1)).toMatchObject({ action: 'case.viewed', metadata: { via: 'share' } });
  });
});
