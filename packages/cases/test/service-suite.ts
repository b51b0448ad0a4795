/**
 * The case service's behaviour, run on the memory store and on PGlite. Each test
 * opens its own cases, so one store can serve a whole file.
 */
import { ConflictError, NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { isValidReference } from '@civicbricks/core/reference';
import type { Store } from '@civicbricks/storage';
import { describe, expect, it } from 'vitest';
import { createCaseService, type Actor, type CaseService } from '../src/service/index.js';
import { CaseChangedError, CaseForbiddenError, createCaseType } from './support.js';
import { earlyHelpJson } from './fixtures.js';

export const manager: Actor = { userId: 'staff-m1', organisationId: 'council', roles: ['manager'] };
export const caseworker: Actor = { userId: 'staff-c1', organisationId: 'council', roles: ['caseworker'] };
// A manager in her own trust: on a council case she acts only with her role on its team.
export const nurse: Actor = { userId: 'nhs-n1', organisationId: 'nhs-trust', roles: ['manager'] };
export const officer: Actor = { userId: 'pol-1', organisationId: 'police', roles: ['manager'] };

export const earlyHelp = createCaseType(earlyHelpJson());
export const family = { childName: 'Sam Jones', dateOfBirth: '2015-02-28', postcode: 'CF10 1AA', concern: 'school-attendance' };

export function manualClock(start: string) {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set(iso: string) {
      current = new Date(iso);
    },
  };
}

/** Opens an early help case as the council caseworker, with the trust's nurse on its team as a partner (version 2). */
export async function openWithNurse(cases: CaseService) {
  const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
  return cases.addTeamMember({
    caseId: opened.id,
    expectedVersion: 1,
    member: { userId: 'nhs-n1', organisationId: 'nhs-trust', role: 'partner' },
    actor: caseworker,
  });
}

/** Opens an early help case as the council caseworker and makes a council caseworker its lead (version 2). */
export async function openWithLead(cases: CaseService, leadUserId: string) {
  const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
  return cases.allocateLead({
    caseId: opened.id,
    expectedVersion: 1,
    lead: { userId: leadUserId, organisationId: 'council', role: 'caseworker' },
    actor: manager,
  });
}

/** Consent to share with one organisation, as a family support worker records it. */
export function consent(wording = 'You agreed we can share what you tell us with your health visitor') {
  return {
    kind: 'consent' as const,
    givenBy: 'Alex Jones, mother',
    givenAt: '2026-12-01T10:00:00Z',
    wording,
    channel: 'in-person' as const,
  };
}

/** Shares the case with another organisation on recorded consent, as the council caseworker; one version on. */
export async function shareOnConsent(
  cases: CaseService,
  caseId: string,
  expectedVersion: number,
  organisationId: string,
  fields: string[] = [],
) {
  return cases.shareCase({ caseId, expectedVersion, organisationId, fields, basis: consent(), actor: caseworker });
}

export function runCaseServiceSuite(name: string, storeFor: () => Store): void {
  describe(`the case service on ${name}`, () => {
    const clock = manualClock('2026-12-18T10:00:00Z');
    const service = (): CaseService => createCaseService({ store: storeFor(), caseTypes: [earlyHelp], clock: clock.now });

    it('opens a case with a checked reference, the workflow started, the SLA due in working days and an audit entry without personal data', async () => {
      clock.set('2026-12-18T10:00:00Z');
      const cases = service();
      const opened = await cases.open({ caseType: 'early-help', fields: family, flags: ['vulnerable', 'vulnerable'], actor: caseworker });
      expect(isValidReference(opened.id)).toBe(true);
      expect(opened).toMatchObject({
        version: 1,
        state: ['referred'],
        status: 'active',
        lead: null,
        flags: ['vulnerable'],
        ownerOrganisationId: 'council',
      });
      expect(opened.fields).toEqual(family);
      // 20 working days from Friday 18 December 2026 in England and Wales, over Christmas Day, the
      // Boxing Day substitute (Monday 28th) and New Year's Day: Wednesday 20 January 2027.
      expect(opened.sla).toEqual([{ rule: 'assessment', dueDate: '2027-01-20', metAt: null, status: 'due' }]);
      expect(opened.permittedActions).toEqual([]);
      const [entry] = await storeFor().audit.list({ recordId: opened.id });
      expect(entry).toMatchObject({ action: 'case.opened', actor: 'staff-c1', fields: Object.keys(family) });
      expect(JSON.stringify(entry!.metadata)).not.toMatch(/Sam|CF10|2015/);
      expect(entry!.after).toEqual({ fields: family });
    });

    it('counts the SLA from the submission, not from when the case was opened', async () => {
      clock.set('2026-12-21T09:00:00Z');
      const opened = await service().open({ caseType: 'early-help', fields: family, submittedAt: '2026-12-18T16:00:00Z', actor: manager });
      expect(opened.submittedAt).toBe('2026-12-18T16:00:00.000Z');
      expect(opened.sla[0]!.dueDate).toBe('2027-01-20');
      await expect(
        service().open({ caseType: 'early-help', fields: family, submittedAt: '2026-12-22T09:00:00Z', actor: manager }),
      ).rejects.toMatchObject({ code: 'cases.open.submitted_in_future', path: ['input', 'submittedAt'] });
    });

    it('refuses to open for a role not granted it, without the required fields, or with a flag the type does not carry', async () => {
      const cases = service();
      await expect(
        cases.open({ caseType: 'early-help', fields: family, actor: { ...caseworker, roles: ['viewer'] } }),
      ).rejects.toBeInstanceOf(CaseForbiddenError);
      await expect(cases.open({ caseType: 'early-help', fields: { concern: 'neglect' }, actor: caseworker })).rejects.toMatchObject({
        code: 'cases.field.required',
        path: ['input', 'fields', 'childName'],
      });
      await expect(cases.open({ caseType: 'adoption', fields: family, actor: caseworker })).rejects.toMatchObject({
        code: 'cases.unknown_case_type',
      });
      const json = earlyHelpJson();
      const managersFlag = createCaseType({ ...json, operations: { ...json.operations, setFlags: ['manager'] } });
      const flagging = createCaseService({ store: storeFor(), caseTypes: [managersFlag], clock: clock.now });
      await expect(flagging.open({ caseType: 'early-help', fields: family, flags: ['urgent'], actor: caseworker })).rejects.toMatchObject({
        code: 'cases.forbidden',
        action: 'setFlags',
      });
      expect((await flagging.open({ caseType: 'early-help', fields: family, actor: caseworker })).flags).toEqual([]);
      const noUrgent = createCaseType({ ...earlyHelpJson(), flags: ['safeguarding'] });
      const strict = createCaseService({ store: storeFor(), caseTypes: [noUrgent], clock: clock.now });
      await expect(strict.open({ caseType: 'early-help', fields: family, flags: ['urgent'], actor: caseworker })).rejects.toMatchObject({
        code: 'cases.flag_not_allowed',
        path: ['input', 'flags', 0],
      });
    });

    it('takes an action only when granted, checked in the brick, and records it in one audited step', async () => {
      clock.set('2026-12-18T10:00:00Z');
      const cases = service();
      const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
      const refused = await cases
        .takeAction({ caseId: opened.id, action: 'accept', expectedVersion: 1, actor: caseworker })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(CaseForbiddenError);
      expect(refused).toMatchObject({ code: 'cases.forbidden', roles: ['caseworker'], action: 'accept', state: ['referred'] });
      expect((refused as Error).message).toContain('Your role (caseworker) does not allow you to take the action "accept"');

      clock.set('2026-12-21T10:00:00Z');
      const accepted = await cases.takeAction({ caseId: opened.id, action: 'accept', expectedVersion: 1, actor: manager });
      expect(accepted).toMatchObject({ version: 2, state: ['assessing'], permittedActions: ['completeAssessment', 'close'] });
      expect((await cases.get(opened.id, caseworker)).permittedActions).toEqual(['completeAssessment']);
      const entries = await storeFor().audit.list({ recordId: opened.id });
      expect(entries.map((entry) => entry.action)).toEqual(['case.opened', 'case.action']);
      expect(entries[1]!.metadata).toEqual({
        action: 'accept',
        from: 'referred',
        to: 'assessing',
        seq: 1,
        version: 2,
        organisation: 'council',
      });
    });

    it('refuses a stale version with a typed conflict and writes nothing', async () => {
      const cases = service();
      const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
      await cases.takeAction({ caseId: opened.id, action: 'accept', expectedVersion: 1, actor: manager });
      const stale = await cases
        .takeAction({ caseId: opened.id, action: 'decline', expectedVersion: 1, actor: manager })
        .catch((error: unknown) => error);
      expect(stale).toBeInstanceOf(CaseChangedError);
      expect(stale).toBeInstanceOf(ConflictError);
      expect(stale).toMatchObject({ code: 'cases.case_changed', retryable: true, currentVersion: 2 });
      expect((await cases.get(opened.id, manager)).state).toEqual(['assessing']);
      expect(await storeFor().audit.list({ recordId: opened.id })).toHaveLength(2);
    });

    it('records field values with an action only where the role may change them, and stops the SLA clock', async () => {
      clock.set('2026-12-18T10:00:00Z');
      const cases = service();
      const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
      await cases.takeAction({ caseId: opened.id, action: 'accept', expectedVersion: 1, actor: manager });
      await expect(
        cases.takeAction({
          caseId: opened.id,
          action: 'completeAssessment',
          expectedVersion: 2,
          fields: { childName: 'Sam Smith' },
          actor: caseworker,
        }),
      ).rejects.toMatchObject({ code: 'cases.forbidden', action: 'change:childName' });
      clock.set('2027-01-06T15:00:00Z');
      const assessed = await cases.takeAction({
        caseId: opened.id,
        action: 'completeAssessment',
        expectedVersion: 2,
        fields: { assessmentSummary: 'Attendance improving with support', riskScore: 2 },
        actor: caseworker,
      });
      expect(assessed).toMatchObject({ version: 3, state: ['support', 'planning'] });
      expect(assessed.fields).toMatchObject({
        assessmentSummary: 'Attendance improving with support',
        riskScore: 2,
        childName: 'Sam Jones',
      });
      expect(assessed.sla).toEqual([{ rule: 'assessment', dueDate: '2027-01-20', metAt: '2027-01-06T15:00:00.000Z', status: 'met' }]);
      const last = (await storeFor().audit.list({ recordId: opened.id })).at(-1)!;
      expect(last).toMatchObject({
        fields: ['assessmentSummary', 'riskScore'],
        before: {},
        after: { assessmentSummary: 'Attendance improving with support', riskScore: 2 },
      });
      expect(JSON.stringify(last.metadata)).not.toContain('Attendance');
    });

    it('shows a running SLA as overdue after its due date, and a late stop as missed', async () => {
      clock.set('2026-12-18T10:00:00Z');
      const cases = service();
      const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
      clock.set('2027-01-20T23:30:00Z'); // 23:30 GMT: still the due day in London
      expect((await cases.get(opened.id, caseworker)).sla[0]!.status).toBe('due');
      clock.set('2027-01-21T00:00:00Z');
      expect((await cases.get(opened.id, caseworker)).sla[0]!.status).toBe('overdue');
      await cases.takeAction({ caseId: opened.id, action: 'decline', expectedVersion: 1, actor: manager });
      expect((await cases.get(opened.id, caseworker)).sla[0]).toMatchObject({ status: 'missed', metAt: '2027-01-21T00:00:00.000Z' });
      expect((await cases.get(opened.id, caseworker)).status).toBe('done');
    });

    it('changes fields and flags through the same checked, versioned, audited step', async () => {
      const cases = service();
      const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
      await expect(
        cases.changeFields({ caseId: opened.id, expectedVersion: 1, fields: { dateOfBirth: '2015-03-01' }, actor: caseworker }),
      ).rejects.toBeInstanceOf(CaseForbiddenError);
      await expect(
        cases.changeFields({ caseId: opened.id, expectedVersion: 1, fields: { riskScore: 'high' }, actor: caseworker }),
      ).rejects.toBeInstanceOf(ValidationError);
      const changed = await cases.changeFields({
        caseId: opened.id,
        expectedVersion: 1,
        fields: { postcode: 'CF11 9AB' },
        actor: caseworker,
      });
      expect(changed).toMatchObject({ version: 2, fields: { postcode: 'CF11 9AB' } });
      const flagged = await cases.setFlags({ caseId: opened.id, expectedVersion: 2, flags: ['safeguarding', 'urgent'], actor: caseworker });
      expect(flagged.flags).toEqual(['safeguarding', 'urgent']);
      const entries = await storeFor().audit.list({ recordId: opened.id });
      expect(entries.at(-2)).toMatchObject({
        action: 'case.fields_changed',
        before: { postcode: 'CF10 1AA' },
        after: { postcode: 'CF11 9AB' },
      });
      expect(entries.at(-1)).toMatchObject({ action: 'case.flags_changed', metadata: { added: ['safeguarding', 'urgent'], removed: [] } });
    });

    it('keeps one lead professional: allocated once, transferred only with a reason, with the history and an audit entry', async () => {
      clock.set('2026-12-18T10:00:00Z');
      const cases = service();
      const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
      const lead = { userId: 'staff-c1', organisationId: 'council', role: 'caseworker' };
      await expect(cases.allocateLead({ caseId: opened.id, expectedVersion: 1, lead, actor: caseworker })).rejects.toMatchObject({
        code: 'cases.forbidden',
        action: 'allocateLead',
      });
      await expect(
        cases.transferLead({ caseId: opened.id, expectedVersion: 1, to: lead, reason: 'Starting', actor: manager }),
      ).rejects.toMatchObject({ code: 'cases.no_lead' });
      const allocated = await cases.allocateLead({ caseId: opened.id, expectedVersion: 1, lead, actor: manager });
      expect(allocated.lead).toEqual({ userId: 'staff-c1', organisationId: 'council', since: '2026-12-18T10:00:00.000Z' });
      expect(allocated.team).toEqual([{ ...lead, addedAt: '2026-12-18T10:00:00.000Z', addedBy: 'staff-m1' }]);
      await expect(cases.allocateLead({ caseId: opened.id, expectedVersion: 2, lead, actor: manager })).rejects.toMatchObject({
        code: 'cases.lead_already_allocated',
      });

      const toNurse = { userId: 'nhs-n1', organisationId: 'nhs-trust', role: 'partner' };
      await expect(
        cases.transferLead({ caseId: opened.id, expectedVersion: 2, to: toNurse, reason: '   ', actor: manager }),
      ).rejects.toMatchObject({
        code: 'cases.lead.custom',
        path: ['input', 'reason'],
        message: 'Say why the lead professional is changing',
      });
      await expect(
        cases.transferLead({ caseId: opened.id, expectedVersion: 2, to: lead, reason: 'Again', actor: manager }),
      ).rejects.toMatchObject({
        code: 'cases.lead.same_lead',
      });
      clock.set('2027-01-04T09:00:00Z');
      const moved = await cases.transferLead({
        caseId: opened.id,
        expectedVersion: 2,
        to: toNurse,
        reason: 'Health needs are now the main concern',
        actor: manager,
      });
      expect(moved.lead).toEqual({ userId: 'nhs-n1', organisationId: 'nhs-trust', since: '2027-01-04T09:00:00.000Z' });
      expect(moved.leadHistory).toEqual([
        {
          userId: 'staff-c1',
          organisationId: 'council',
          from: '2026-12-18T10:00:00.000Z',
          to: '2027-01-04T09:00:00.000Z',
          endReason: 'Health needs are now the main concern',
          allocatedBy: 'staff-m1',
        },
        {
          userId: 'nhs-n1',
          organisationId: 'nhs-trust',
          from: '2027-01-04T09:00:00.000Z',
          to: null,
          endReason: null,
          allocatedBy: 'staff-m1',
        },
      ]);
      expect(moved.team.map((member) => member.userId)).toEqual(['staff-c1', 'nhs-n1']);
      const transfer = (await storeFor().audit.list({ recordId: opened.id })).at(-1)!;
      expect(transfer).toMatchObject({
        action: 'case.lead_transferred',
        metadata: { from: 'staff-c1', fromOrganisation: 'council', to: 'nhs-n1', toOrganisation: 'nhs-trust' },
        after: { reason: 'Health needs are now the main concern' },
      });
      expect(JSON.stringify(transfer.metadata)).not.toContain('Health');

      await expect(
        cases.removeTeamMember({ caseId: opened.id, expectedVersion: 3, userId: 'nhs-n1', actor: manager }),
      ).rejects.toMatchObject({
        code: 'cases.lead_cannot_leave',
      });
      const smaller = await cases.removeTeamMember({ caseId: opened.id, expectedVersion: 3, userId: 'staff-c1', actor: manager });
      expect(smaller.team.map((member) => member.userId)).toEqual(['nhs-n1']);
      expect(smaller.lead?.userId).toBe('nhs-n1');
      expect((await storeFor().verifyAuditChain()).ok).toBe(true);
    });

    it('lets another organisation see a case only through its team, with its role on the case, and the fields of that role', async () => {
      const cases = service();
      const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
      await expect(cases.get(opened.id, nurse)).rejects.toBeInstanceOf(NotFoundError);
      await expect(cases.get(opened.id, nurse)).rejects.toMatchObject({ code: 'cases.case_not_found' });
      await cases.addTeamMember({
        caseId: opened.id,
        expectedVersion: 1,
        member: { userId: 'nhs-n1', organisationId: 'nhs-trust', role: 'partner' },
        actor: caseworker,
      });
      const seen = await cases.get(opened.id, nurse);
      expect(seen.roles).toEqual(['partner']); // not her trust's "manager"
      expect(seen.fields).toEqual({ childName: 'Sam Jones', dateOfBirth: '2015-02-28', concern: 'school-attendance' });
      // A colleague of the nurse's in the same trust sees the case, with no role on it.
      const colleague = await cases.get(opened.id, { userId: 'nhs-n2', organisationId: 'nhs-trust', roles: ['manager', 'caseworker'] });
      expect(colleague.roles).toEqual([]);
      expect(colleague.fields).toEqual({});
      await expect(cases.takeAction({ caseId: opened.id, action: 'accept', expectedVersion: 2, actor: nurse })).rejects.toMatchObject({
        code: 'cases.forbidden',
        roles: ['partner'],
      });
      await expect(
        cases.addTeamMember({
          caseId: opened.id,
          expectedVersion: 2,
          member: { userId: 'x', organisationId: 'council', role: 'chief' },
          actor: caseworker,
        }),
      ).rejects.toMatchObject({ code: 'cases.unknown_role' });
    });

    it('keeps notes internal to their organisation unless shared with it by name', async () => {
      const cases = service();
      const opened = await openWithNurse(cases);
      const internal = await cases.addNote({ caseId: opened.id, body: 'Mother mentioned debts', sharedWith: [], actor: caseworker });
      // No note reaches another organisation before a basis for sharing with it is recorded.
      await expect(
        cases.addNote({ caseId: opened.id, body: 'Missed two appointments', sharedWith: ['nhs-trust'], actor: caseworker }),
      ).rejects.toMatchObject({ code: 'cases.no_sharing_basis', path: ['input', 'sharedWith', 0] });
      const basis = await shareOnConsent(cases, opened.id, 2, 'nhs-trust');
      const shared = await cases.addNote({
        caseId: opened.id,
        body: 'Missed two appointments',
        sharedWith: ['nhs-trust', 'nhs-trust', 'council'],
        actor: caseworker,
      });
      const nurseNote = await cases.addNote({ caseId: opened.id, body: 'Health visitor booked', sharedWith: [], actor: nurse });
      expect(shared.sharedWith).toEqual(['nhs-trust']);
      const ids = async (actor: Actor) => (await cases.listNotes({ caseId: opened.id, actor })).items.map((note) => note.id);
      expect(await ids(caseworker)).toEqual([internal.id, shared.id]);
      expect(await ids(nurse)).toEqual([shared.id, nurseNote.id]);
      await expect(ids(officer)).rejects.toMatchObject({ code: 'cases.case_not_found' });
      await expect(cases.addNote({ caseId: opened.id, body: ' ', sharedWith: [], actor: caseworker })).rejects.toMatchObject({
        path: ['input', 'body'],
      });
      await expect(
        cases.addNote({
          caseId: opened.id,
          body: 'Seen',
          sharedWith: [],
          actor: { userId: 'nhs-n2', organisationId: 'nhs-trust', roles: ['caseworker'] },
        }),
      ).rejects.toMatchObject({ code: 'cases.forbidden', action: 'addNote' });
      const entry = (await storeFor().audit.list({ recordId: opened.id })).find((found) => found.action === 'case.note_added')!;
      expect(entry.metadata).toEqual({ note: internal.id, organisation: 'council', sharedWith: [], shares: [] });
      expect(entry.after).toEqual({ body: 'Mother mentioned debts' });
      const sharedEntry = (await storeFor().audit.list({ recordId: opened.id })).find((found) => found.metadata['note'] === shared.id)!;
      expect(sharedEntry.metadata['shares']).toEqual([basis.id]);
    });

    it('builds the timeline from the audit log, without the notes another organisation may not read or the fields it may not see', async () => {
      const cases = service();
      const opened = await openWithNurse(cases);
      await cases.changeFields({
        caseId: opened.id,
        expectedVersion: 2,
        fields: { postcode: 'CF11 9AB', concern: 'neglect' },
        actor: caseworker,
      });
      await shareOnConsent(cases, opened.id, 3, 'nhs-trust');
      const internal = await cases.addNote({ caseId: opened.id, body: 'Mother mentioned debts', sharedWith: [], actor: caseworker });
      const shared = await cases.addNote({
        caseId: opened.id,
        body: 'Missed two appointments',
        sharedWith: ['nhs-trust'],
        actor: caseworker,
      });
      await cases.takeAction({ caseId: opened.id, action: 'accept', expectedVersion: 4, actor: manager });
      const council = (await cases.timeline({ caseId: opened.id, actor: caseworker })).items;
      expect(council.map((entry) => entry.action)).toEqual([
        'case.opened',
        'case.team_member_added',
        'case.fields_changed',
        'case.shared',
        'case.note_added',
        'case.note_added',
        'case.action',
      ]);
      expect(council[2]!.fields).toEqual(['postcode', 'concern']);
      expect(JSON.stringify(council)).not.toMatch(/debts|appointments|CF11|Sam/);
      const trust = (await cases.timeline({ caseId: opened.id, actor: nurse })).items;
      expect(trust.filter((entry) => entry.action === 'case.note_added').map((entry) => entry.metadata['note'])).toEqual([shared.id]);
      expect(trust.find((entry) => entry.action === 'case.fields_changed')!.fields).toEqual(['concern']); // a partner does not see the postcode
      expect(JSON.stringify(trust)).not.toContain(internal.id);
      // Paged two at a time, the same entries in the same order.
      const paged: number[] = [];
      let afterSeq: number | undefined;
      do {
        const page = await cases.timeline({
          caseId: opened.id,
          actor: caseworker,
          limit: 2,
          ...(afterSeq === undefined ? {} : { afterSeq }),
        });
        expect(page.items.length).toBeLessThanOrEqual(2);
        paged.push(...page.items.map((entry) => entry.seq));
        afterSeq = page.nextAfterSeq;
      } while (afterSeq !== undefined);
      expect(paged).toEqual(council.map((entry) => entry.seq));
      await expect(cases.timeline({ caseId: opened.id, actor: officer })).rejects.toMatchObject({ code: 'cases.case_not_found' });
    });

    it('draws another reference when a new one collides with a case already stored', async () => {
      let calls = 0;
      // The same bytes for the first two draws, so the second case's first reference is the first case's.
      const random = (bytes: Uint8Array) => bytes.fill(calls++ < 2 ? 7 : 9 + (calls % 5));
      const cases = createCaseService({ store: storeFor(), caseTypes: [earlyHelp], clock: clock.now, random });
      const first = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
      const second = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
      expect(calls).toBe(3);
      expect(second.id).not.toBe(first.id);
      expect(isValidReference(second.id)).toBe(true);
    });

    it('refuses to run a case under a case type version it was not opened with', async () => {
      const opened = await service().open({ caseType: 'early-help', fields: family, actor: caseworker });
      const newer = createCaseService({ store: storeFor(), caseTypes: [createCaseType({ ...earlyHelpJson(), version: 2 })] });
      await expect(newer.get(opened.id, caseworker)).rejects.toMatchObject({ code: 'cases.case_type_version' });
    });

    it('checks its input with typed errors naming the field', async () => {
      const cases = service();
      await expect(cases.get('', caseworker)).rejects.toMatchObject({ code: 'cases.get.too_small', path: ['caseId'] });
      await expect(cases.get('X', { userId: 'a', organisationId: 'b' } as Actor)).rejects.toMatchObject({ path: ['actor', 'roles'] });
      await expect(cases.takeAction({ caseId: 'X', action: 'accept', expectedVersion: 0, actor: manager })).rejects.toMatchObject({
        code: 'cases.action.too_small',
        path: ['input', 'expectedVersion'],
      });
      expect(() => createCaseService({ store: storeFor(), caseTypes: [earlyHelpJson() as never] })).toThrow(
        expect.objectContaining({ code: 'cases.invalid_case_type', path: ['options', 'caseTypes', 0] }),
      );
      expect(() => createCaseService({ store: storeFor(), caseTypes: [earlyHelp, earlyHelp] })).toThrow(
        expect.objectContaining({ code: 'cases.options.duplicate_case_type' }),
      );
    });
  });
}
