/**
 * Organisations and their staff, people linked to cases in several services,
 * the whole-person view and sharing on a recorded basis, on the memory store.
 */
import { createStore, type Store } from '@civicbricks/storage';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCaseService, type Actor, type CaseService } from '../src/service/index.js';
import { earlyHelpJson } from './fixtures.js';
import { caseworker, consent, earlyHelp, family, manager, manualClock, nurse, officer } from './service-suite.js';
import { CaseForbiddenError, createCaseType } from './support.js';

const housing = createCaseType({ ...earlyHelpJson(), id: 'housing-support', title: 'Housing support for a family' });
const admin: Actor = { userId: 'admin-1', organisationId: 'council', roles: ['directory-admin'] };
const charityWorker: Actor = { userId: 'ch-1', organisationId: 'charity', roles: ['caseworker', 'manager'] };
const clock = manualClock('2026-12-08T10:00:00Z');

let store: Store;
let cases: CaseService;
beforeEach(async () => {
  clock.set('2026-12-08T10:00:00Z');
  store = await createStore({ adapter: 'memory' });
  cases = createCaseService({
    store,
    caseTypes: [earlyHelp, housing],
    clock: clock.now,
    serviceRoles: { manageDirectory: ['directory-admin'], recordPeople: ['caseworker', 'manager'] },
  });
});

const sam = { givenName: 'Sam', familyName: 'Jones', dateOfBirth: '2015-02-28', postcode: 'cf10 1aa' };

describe('organisations and their staff', () => {
  it('are records with staff and roles, managed only by the directory role, each organisation its own staff', async () => {
    await expect(
      cases.registerOrganisation({ id: 'council', name: 'Cardiff Council', kind: 'council', actor: caseworker }),
    ).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof CaseForbiddenError && error.action === 'manageDirectory' && error.message.includes('(caseworker)'),
    );
    const council = await cases.registerOrganisation({
      id: 'council',
      name: 'Cardiff Council',
      kind: 'council',
      staff: [
        { userId: 'admin-1', roles: ['directory-admin'] },
        { userId: 'staff-c1', roles: ['caseworker'] },
      ],
      actor: admin,
    });
    expect(council.staff.map((member) => [member.userId, member.roles, member.active])).toEqual([
      ['admin-1', ['directory-admin'], true],
      ['staff-c1', ['caseworker'], true],
    ]);
    await expect(cases.registerOrganisation({ id: 'council', name: 'Again', kind: 'council', actor: admin })).rejects.toMatchObject({
      code: 'cases.organisation_exists',
    });
    await cases.registerOrganisation({ id: 'nhs-trust', name: 'Cardiff and Vale UHB', kind: 'nhs-trust', actor: admin });
    // A council administrator does not manage the trust's staff.
    await expect(
      cases.setStaffRoles({ organisationId: 'nhs-trust', userId: 'nhs-n1', roles: ['manager'], actor: admin }),
    ).rejects.toMatchObject({ code: 'cases.directory.other_organisation' });
    await cases.setStaffRoles({ organisationId: 'council', userId: 'staff-m1', roles: ['manager', 'caseworker', 'manager'], actor: admin });
    expect(await cases.actorFor({ userId: 'staff-m1', organisationId: 'council' })).toEqual({
      userId: 'staff-m1',
      organisationId: 'council',
      roles: ['manager', 'caseworker'],
    });
    await cases.removeStaff({ organisationId: 'council', userId: 'staff-m1', actor: admin });
    await expect(cases.actorFor({ userId: 'staff-m1', organisationId: 'council' })).rejects.toMatchObject({
      code: 'cases.staff_not_found',
    });
    const after = await cases.getOrganisation('council');
    expect(after.staff.find((member) => member.userId === 'staff-m1')).toMatchObject({ active: false, until: '2026-12-08T10:00:00.000Z' });
    await expect(cases.getOrganisation('police')).rejects.toMatchObject({ code: 'cases.organisation_not_found' });
    const entries = await store.audit.list();
    expect(entries.map((entry) => entry.action)).toEqual([
      'directory.organisation_registered',
      'directory.organisation_registered',
      'directory.staff_added',
      'directory.staff_left',
    ]);
  });

  it('with staff records required, puts on a case team only active staff of the organisation named, from several organisations', async () => {
    const strict = createCaseService({
      store,
      caseTypes: [earlyHelp],
      clock: clock.now,
      serviceRoles: { manageDirectory: ['directory-admin'] },
      requireStaffRecords: true,
    });
    await strict.registerOrganisation({
      id: 'council',
      name: 'Cardiff Council',
      kind: 'council',
      staff: [
        { userId: 'staff-c1', roles: ['caseworker'] },
        { userId: 'staff-c2', roles: ['caseworker'] },
      ],
      actor: admin,
    });
    await strict.registerOrganisation({
      id: 'nhs-trust',
      name: 'Cardiff and Vale UHB',
      kind: 'nhs-trust',
      staff: [{ userId: 'nhs-n1', roles: ['manager'] }],
      actor: admin,
    });
    await strict.registerOrganisation({
      id: 'police',
      name: 'South Wales Police',
      kind: 'police',
      staff: [{ userId: 'pol-1', roles: [] }],
      actor: admin,
    });
    const opened = await strict.open({ caseType: 'early-help', fields: family, actor: caseworker });
    await expect(
      strict.addTeamMember({
        caseId: opened.id,
        expectedVersion: 1,
        member: { userId: 'nhs-n1', organisationId: 'police', role: 'partner' },
        actor: caseworker,
      }),
    ).rejects.toMatchObject({ code: 'cases.staff_not_found', path: ['input', 'member', 'userId'] });
    await strict.addTeamMember({
      caseId: opened.id,
      expectedVersion: 1,
      member: { userId: 'nhs-n1', organisationId: 'nhs-trust', role: 'partner' },
      actor: caseworker,
    });
    await strict.addTeamMember({
      caseId: opened.id,
      expectedVersion: 2,
      member: { userId: 'pol-1', organisationId: 'police', role: 'viewer' },
      actor: caseworker,
    });
    await strict.allocateLead({
      caseId: opened.id,
      expectedVersion: 3,
      lead: { userId: 'staff-c1', organisationId: 'council', role: 'caseworker' },
      actor: manager,
    });
    await expect(
      strict.transferLead({
        caseId: opened.id,
        expectedVersion: 4,
        to: { userId: 'staff-c9', organisationId: 'council', role: 'caseworker' },
        reason: 'Caseload',
        actor: manager,
      }),
    ).rejects.toMatchObject({ code: 'cases.staff_not_found' });
    const moved = await strict.transferLead({
      caseId: opened.id,
      expectedVersion: 4,
      to: { userId: 'nhs-n1', organisationId: 'nhs-trust', role: 'partner' },
      reason: 'Health needs lead the plan now',
      actor: manager,
    });
    expect(moved.team.map((member) => [member.organisationId, member.role])).toEqual([
      ['nhs-trust', 'partner'],
      ['police', 'viewer'],
      ['council', 'caseworker'],
    ]);
    expect(moved.lead).toMatchObject({ userId: 'nhs-n1', organisationId: 'nhs-trust' });
    expect(moved.leadHistory.map((spell) => [spell.userId, spell.to !== null, spell.endReason])).toEqual([
      ['staff-c1', true, 'Health needs lead the plan now'],
      ['nhs-n1', false, null],
    ]);
  });
});

describe('people linked to cases in several services', () => {
  async function twoServices() {
    const person = await cases.recordPerson({ person: sam, source: 'staff', actor: caseworker });
    const councilCase = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
    await cases.linkPerson({ caseId: councilCase.id, expectedVersion: 1, personId: person.id, relationship: 'subject', actor: caseworker });
    const charityCase = await cases.open({ caseType: 'housing-support', fields: family, actor: charityWorker });
    // The charity reaches the person only once it has their id from the family (here: from the council's referral).
    return { person, councilCase, charityCase };
  }

  it('records a person only for a role granted it, keeping names and dates out of the audit chain', async () => {
    await expect(cases.recordPerson({ person: sam, source: 'journey', actor: { ...caseworker, roles: ['viewer'] } })).rejects.toMatchObject(
      {
        code: 'cases.forbidden',
        action: 'recordPeople',
      },
    );
    await expect(
      cases.recordPerson({ person: { ...sam, dateOfBirth: '2015-02-30' }, source: 'staff', actor: caseworker }),
    ).rejects.toMatchObject({
      path: ['input', 'person', 'dateOfBirth'],
    });
    const person = await cases.recordPerson({ person: sam, source: 'staff', actor: caseworker });
    expect(person).toMatchObject({
      givenName: 'Sam',
      familyName: 'Jones',
      postcode: 'CF10 1AA',
      status: 'active',
      organisationId: 'council',
    });
    const [entry] = await store.audit.list({ recordId: person.id });
    expect(entry).toMatchObject({ action: 'person.recorded', metadata: { source: 'staff', organisation: 'council' } });
    expect(JSON.stringify(entry!.metadata)).not.toMatch(/Sam|Jones|2015|CF10/);
    // Another organisation with no case of the person's cannot find them.
    await expect(cases.getPerson(person.id, officer)).rejects.toMatchObject({ code: 'cases.person_not_found' });
  });

  it('shows each organisation only the linked cases it may reach, and shared ones only with the fields shared, auditing every view', async () => {
    const { person, councilCase, charityCase } = await twoServices();
    // The charity cannot link a person it cannot see.
    await expect(
      cases.linkPerson({ caseId: charityCase.id, expectedVersion: 1, personId: person.id, relationship: 'subject', actor: charityWorker }),
    ).rejects.toMatchObject({ code: 'cases.person_not_found', path: ['input', 'personId'] });
    const charityPerson = await cases.recordPerson({ person: sam, source: 'journey', actor: charityWorker });
    await cases.linkPerson({
      caseId: charityCase.id,
      expectedVersion: 1,
      personId: charityPerson.id,
      relationship: 'subject',
      actor: charityWorker,
    });
    await expect(
      cases.linkPerson({
        caseId: charityCase.id,
        expectedVersion: 2,
        personId: charityPerson.id,
        relationship: 'parent',
        actor: charityWorker,
      }),
    ).rejects.toMatchObject({ code: 'cases.person_already_linked' });

    const councilView = await cases.personView({ personId: person.id, actor: caseworker });
    expect(councilView.cases.map((entry) => entry.case.id)).toEqual([councilCase.id]);
    await expect(cases.personView({ personId: person.id, actor: charityWorker })).rejects.toMatchObject({ code: 'cases.person_not_found' });

    // The council shares its case with the charity on safeguarding grounds, two fields only.
    await cases.addTeamMember({
      caseId: councilCase.id,
      expectedVersion: 2,
      member: { userId: 'nhs-n1', organisationId: 'nhs-trust', role: 'partner' },
      actor: caseworker,
    });
    const share = await cases.shareCase({
      caseId: councilCase.id,
      expectedVersion: 3,
      organisationId: 'charity',
      fields: ['concern', 'postcode'],
      basis: { kind: 'legal', basis: 'safeguarding', detail: 'Section 47 enquiry: the charity houses the family' },
      actor: caseworker,
    });
    await expect(
      cases.shareCase({ caseId: councilCase.id, expectedVersion: 4, organisationId: 'police', fields: [], basis: consent(), actor: nurse }),
    ).rejects.toMatchObject({ code: 'cases.forbidden', action: 'share' });
    await cases.addNote({ caseId: councilCase.id, body: 'Housing is damp', sharedWith: ['charity'], actor: caseworker });
    await cases.addNote({ caseId: councilCase.id, body: 'Father has a record', sharedWith: [], actor: caseworker });

    const charityView = await cases.personView({ personId: person.id, actor: charityWorker });
    expect(charityView.person.id).toBe(person.id);
    expect(charityView.cases).toHaveLength(1);
    const shared = charityView.cases[0]!;
    expect(shared.case.fields).toEqual({ concern: 'school-attendance', postcode: 'CF10 1AA' });
    expect(shared.case.roles).toEqual([]);
    expect(shared.notes.map((note) => note.body)).toEqual(['Housing is damp']);
    const views = (await store.audit.list({ recordId: councilCase.id })).filter((entry) => entry.action === 'case.viewed');
    expect(views.map((entry) => entry.metadata)).toEqual([
      { organisation: 'charity', via: 'share', shares: [share.id], what: 'person-view' },
    ]);
    expect((await store.audit.list({ recordId: person.id })).map((entry) => entry.action)).toEqual(['person.recorded', 'person.viewed']);
    // The nurse is on the team: her view is audited too, as the team's.
    await cases.get(councilCase.id, nurse);
    const trust = (await store.audit.list({ recordId: councilCase.id })).filter((entry) => entry.action === 'case.viewed').at(-1);
    expect(trust!.metadata).toEqual({ organisation: 'nhs-trust', via: 'team', shares: [], what: 'case' });
    // The owner's timeline shows the views when asked; another organisation's never does.
    const owner = await cases.timeline({ caseId: councilCase.id, actor: caseworker, includeViews: true });
    expect(owner.items.filter((entry) => entry.action === 'case.viewed')).toHaveLength(2);
    const charityTimeline = await cases.timeline({ caseId: councilCase.id, actor: charityWorker, includeViews: true });
    expect(charityTimeline.items.some((entry) => entry.action === 'case.viewed')).toBe(false);
    // The basis names a person: it is the erasable detail, the chain holds only its kind.
    const sharedEntry = (await store.audit.list({ recordId: councilCase.id })).find((entry) => entry.action === 'case.shared')!;
    expect(sharedEntry.metadata).toMatchObject({ share: share.id, with: 'charity', basis: 'legal', legalBasis: 'safeguarding' });
    expect(JSON.stringify(sharedEntry.metadata)).not.toContain('Section 47');

    // Revoked, the share no longer reaches the case, the person or the note.
    await cases.revokeShare({ caseId: councilCase.id, expectedVersion: 4, shareId: share.id, actor: caseworker });
    await expect(cases.get(councilCase.id, charityWorker)).rejects.toMatchObject({ code: 'cases.case_not_found' });
    await expect(cases.personView({ personId: person.id, actor: charityWorker })).rejects.toMatchObject({ code: 'cases.person_not_found' });
    expect((await cases.listShares({ caseId: councilCase.id, actor: caseworker }))[0]).toMatchObject({
      active: false,
      revokedBy: 'staff-c1',
    });
  });

  it('records consent with who gave it, when and the wording, and lets a share lapse after its last day', async () => {
    const opened = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
    await expect(
      cases.shareCase({
        caseId: opened.id,
        expectedVersion: 1,
        organisationId: 'police',
        fields: [],
        basis: { ...consent(), wording: ' ' },
        actor: caseworker,
      }),
    ).rejects.toMatchObject({ path: ['input', 'basis', 'wording'] });
    await expect(
      cases.shareCase({
        caseId: opened.id,
        expectedVersion: 1,
        organisationId: 'police',
        fields: [],
        basis: { ...consent(), givenAt: '2027-01-01T00:00:00Z' },
        actor: caseworker,
      }),
    ).rejects.toMatchObject({ code: 'cases.share.consent_in_future' });
    await expect(
      cases.shareCase({
        caseId: opened.id,
        expectedVersion: 1,
        organisationId: 'police',
        fields: ['riskScore'],
        basis: consent(),
        actor: { ...caseworker, roles: ['viewer', 'caseworker'] },
      }),
    ).resolves.toBeDefined();
    const share = await cases.shareCase({
      caseId: opened.id,
      expectedVersion: 2,
      organisationId: 'charity',
      fields: ['concern'],
      basis: consent('You agreed we can tell the housing charity about your move'),
      until: '2026-12-31',
      actor: caseworker,
    });
    expect(share.basis).toEqual({
      kind: 'consent',
      givenBy: 'Alex Jones, mother',
      givenAt: '2026-12-01T10:00:00.000Z',
      wording: 'You agreed we can tell the housing charity about your move',
      channel: 'in-person',
    });
    expect((await cases.get(opened.id, charityWorker)).fields).toEqual({ concern: 'school-attendance' });
    clock.set('2027-01-01T09:00:00Z');
    await expect(cases.get(opened.id, charityWorker)).rejects.toMatchObject({ code: 'cases.case_not_found' });
    await expect(cases.addNote({ caseId: opened.id, body: 'Moved', sharedWith: ['charity'], actor: caseworker })).rejects.toMatchObject({
      code: 'cases.no_sharing_basis',
    });
  });
});
