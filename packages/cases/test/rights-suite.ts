/**
 * The rights of the person, run on the memory store and on PGlite: a subject
 * access export of everything held, erasure after which no query returns the
 * person's data while the audit chain verifies, and retention per case type.
 */
import { NotFoundError } from '@civicbricks/core/errors';
import type { Store } from '@civicbricks/storage';
import { describe, expect, it } from 'vitest';
import { createCaseService, type Actor, type CaseService } from '../src/service/index.js';
import { earlyHelpJson } from './fixtures.js';
import { caseworker, family, manualClock, nurse, shareOnConsent } from './service-suite.js';
import { createCaseType } from './support.js';

export const officerDpo: Actor = { userId: 'staff-dpo', organisationId: 'council', roles: ['data-protection'] };
const retained = createCaseType({ ...earlyHelpJson(), retention: { years: 6, label: 'Early help: six years after closure' } });
const name = { givenName: 'Sam <script>alert(1)</script>', familyName: 'Jones', dateOfBirth: '2015-02-28', postcode: 'CF10 1AA' };
const secrets = /Sam|Jones|2015-02-28|CF10|debts|appointments|Visit|payslip|Alex/;

export function runRightsSuite(label: string, storeFor: () => Store): void {
  describe(`the rights of the person on ${label}`, () => {
    const clock = manualClock('2026-12-08T10:00:00Z');
    const service = (): CaseService =>
      createCaseService({
        store: storeFor(),
        caseTypes: [retained],
        clock: clock.now,
        serviceRoles: { recordPeople: ['caseworker'], subjectAccess: ['data-protection'], erasePeople: ['data-protection'] },
      });

    /** A person who is the subject of a council case with everything on it: team, share, notes, a task and a document. */
    async function personWithCase(cases: CaseService) {
      const person = await cases.recordPerson({ person: name, source: 'staff', actor: caseworker });
      const opened = await cases.open({ caseType: 'early-help', fields: { ...family, childName: 'Sam Jones' }, actor: caseworker });
      await cases.linkPerson({ caseId: opened.id, expectedVersion: 1, personId: person.id, relationship: 'subject', actor: caseworker });
      await cases.addTeamMember({
        caseId: opened.id,
        expectedVersion: 2,
        member: { userId: 'nhs-n1', organisationId: 'nhs-trust', role: 'partner' },
        actor: caseworker,
      });
      await shareOnConsent(cases, opened.id, 3, 'nhs-trust', ['concern']);
      await cases.addNote({ caseId: opened.id, body: 'Mother mentioned debts', sharedWith: [], actor: caseworker });
      await cases.addNote({ caseId: opened.id, body: 'Missed two appointments', sharedWith: ['nhs-trust'], actor: caseworker });
      await cases.addNote({ caseId: opened.id, body: 'Health visitor booked', sharedWith: [], actor: nurse });
      await cases.addTask({ caseId: opened.id, title: 'Visit Sam', dueInWorkingDays: 3, actor: caseworker });
      await cases.addDocument({
        caseId: opened.id,
        filename: 'payslip.pdf',
        bytes: new TextEncoder().encode('%PDF-1.7 Sam Jones'),
        source: 'citizen',
        actor: caseworker,
      });
      return { person, opened };
    }

    it('exports everything the organisation holds on the person as JSON and an escaped HTML page, and audits the export', async () => {
      clock.set('2026-12-08T10:00:00Z');
      const cases = service();
      const { person, opened } = await personWithCase(cases);
      await expect(cases.exportPerson({ personId: person.id, actor: caseworker })).rejects.toMatchObject({
        code: 'cases.forbidden',
        action: 'subjectAccess',
      });
      const { json, html } = await cases.exportPerson({ personId: person.id, actor: officerDpo });
      expect(json.people.map((view) => view.id)).toEqual([person.id]);
      expect(json.cases).toHaveLength(1);
      const exported = json.cases[0]!;
      expect(exported).toMatchObject({ id: opened.id, relationship: 'subject', fields: { childName: 'Sam Jones', postcode: 'CF10 1AA' } });
      // The council's notes and the one shared with it; the trust's internal note is the trust's to give.
      expect(exported.notes.map((note) => note.body)).toEqual(['Mother mentioned debts', 'Missed two appointments']);
      expect(exported.tasks.map((task) => task.title)).toEqual(['Visit Sam']);
      expect(exported.documents.map((document) => document.filename)).toEqual(['payslip.pdf']);
      expect(exported.shares[0]!.basis).toMatchObject({ kind: 'consent', givenBy: 'Alex Jones, mother' });
      expect(exported.history.map((entry) => entry.action)).toContain('case.shared');
      expect(json.history.map((entry) => entry.action)).toEqual(['person.recorded']);
      expect(html).toContain('Sam &lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain('<script>');
      expect(html).toContain('Missed two appointments');
      expect(html).not.toContain('Health visitor booked');
      const last = (await storeFor().audit.list({ recordId: person.id })).at(-1)!;
      expect(last).toMatchObject({ action: 'person.exported', metadata: { organisation: 'council', cases: 1, records: 1 } });
    });

    it('erases the person and their case so that no query returns their data, and the audit chain still verifies', async () => {
      clock.set('2026-12-08T10:00:00Z');
      const cases = service();
      const { person, opened } = await personWithCase(cases);
      // Another council case in which the person is only the parent keeps its record, without the link.
      const other = await cases.open({ caseType: 'early-help', fields: { ...family, childName: 'Robin Smith' }, actor: caseworker });
      await cases.linkPerson({ caseId: other.id, expectedVersion: 1, personId: person.id, relationship: 'parent', actor: caseworker });
      await expect(cases.erasePerson({ personId: person.id, actor: caseworker })).rejects.toMatchObject({
        code: 'cases.forbidden',
        action: 'erasePeople',
      });
      const result = await cases.erasePerson({ personId: person.id, requestReference: 'ERASURE-2026-0042', actor: officerDpo });
      expect(result).toEqual({ peopleErased: 1, casesErased: [opened.id], linksRemoved: 2, otherOrganisations: [] });

      for (const attempt of [
        () => cases.getPerson(person.id, caseworker),
        () => cases.personView({ personId: person.id, actor: caseworker }),
        () => cases.exportPerson({ personId: person.id, actor: officerDpo }),
        () => cases.get(opened.id, caseworker),
        () => cases.get(opened.id, nurse),
        () => cases.listNotes({ caseId: opened.id, actor: caseworker }),
        () => cases.timeline({ caseId: opened.id, actor: caseworker }),
        () => cases.listTasks({ caseId: opened.id, actor: caseworker }),
        () => cases.listDocuments({ caseId: opened.id, actor: caseworker }),
      ]) {
        await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
      }
      expect((await cases.timeline({ caseId: other.id, actor: caseworker })).items.map((entry) => entry.action)).toEqual([
        'case.opened',
        'case.person_linked',
      ]);
      // Nothing left in the log but pseudonymous metadata: the detail of every entry about the person and the case is gone.
      const everything = await storeFor().audit.list({ limit: 1000 });
      const mine = everything.filter((entry) => entry.recordId === person.id || entry.recordId === opened.id);
      expect(mine.some((entry) => entry.action === 'record.erased' && entry.metadata['request'] === 'ERASURE-2026-0042')).toBe(true);
      expect(JSON.stringify(mine)).not.toMatch(secrets);
      expect(mine.filter((entry) => entry.detailErased).length).toBeGreaterThan(5);
      expect((await storeFor().verifyAuditChain()).ok).toBe(true);
    });

    it('lists and erases cases past their type’s retention period, counted from closure', async () => {
      clock.set('2020-01-10T10:00:00Z');
      const cases = service();
      const boss: Actor = { ...caseworker, userId: 'staff-m1', roles: ['manager'] };
      const old = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
      await cases.takeAction({ caseId: old.id, action: 'decline', expectedVersion: 1, actor: boss });
      const open = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
      clock.set('2026-01-10T10:00:00Z');
      // Six years after closure on 10 January 2020 is 10 January 2026: kept through that day.
      expect(await cases.retentionDue({ actor: officerDpo })).toEqual([]);
      clock.set('2026-01-11T10:00:00Z');
      const due = await cases.retentionDue({ actor: officerDpo });
      expect(due.filter((entry) => entry.caseId === old.id)).toEqual([{ caseId: old.id, caseType: 'early-help', keepUntil: '2026-01-10' }]);
      expect(due.some((entry) => entry.caseId === open.id)).toBe(false);
      await cases.applyRetention({ actor: officerDpo });
      await expect(cases.get(old.id, caseworker)).rejects.toMatchObject({ code: 'cases.case_not_found' });
      expect((await cases.get(open.id, caseworker)).id).toBe(open.id);
      expect((await storeFor().verifyAuditChain()).ok).toBe(true);
    });
  });
}
