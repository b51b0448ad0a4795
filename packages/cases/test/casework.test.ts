/**
 * Case work on the memory store: tasks with working-day due dates and
 * reminders through the outbox, documents sniffed, limited and served safely,
 * assignment before acting, and all of it in the timeline where it may be seen.
 */
import { createStore, type Store } from '@civicbricks/storage';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCaseService, TASK_REMINDER_TOPIC, type Actor, type CaseService } from '../src/service/index.js';
import { earlyHelpJson } from './fixtures.js';
import { caseworker, family, manager, manualClock, nurse, openWithNurse, shareOnConsent } from './service-suite.js';
import { CaseForbiddenError, createCaseType } from './support.js';

const earlyHelp = createCaseType(earlyHelpJson());
const pickUpFirst = createCaseType({ ...earlyHelpJson(), id: 'pick-up-first', pickUpBeforeActing: true });
const clock = manualClock('2026-12-18T10:00:00Z');
const officer: Actor = { userId: 'pol-1', organisationId: 'police', roles: [] };
const colleague: Actor = { userId: 'staff-c2', organisationId: 'council', roles: ['caseworker'] };

let store: Store;
let cases: CaseService;
beforeEach(async () => {
  clock.set('2026-12-18T10:00:00Z');
  store = await createStore({ adapter: 'memory' });
  cases = createCaseService({ store, caseTypes: [earlyHelp, pickUpFirst], clock: clock.now, documents: { maxBytes: 2048 } });
});

/** A case with the trust's nurse (partner) and a police officer (viewer) on the team, at version 3. */
async function openWithPartners() {
  const opened = await openWithNurse(cases);
  return cases.addTeamMember({
    caseId: opened.id,
    expectedVersion: 2,
    member: { userId: 'pol-1', organisationId: 'police', role: 'viewer' },
    actor: caseworker,
  });
}

const upload = (
  caseId: string,
  filename: string,
  bytes: Uint8Array,
  actor: Actor,
  more: { source?: 'citizen'; sharedWith?: string[] } = {},
) => cases.addDocument({ caseId, filename, bytes, source: 'staff', actor, ...more });
const pdf = (text = 'evidence') => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('tasks', () => {
  it('fall due in working days, remind the assignee through the outbox, and keep their title out of the chain', async () => {
    const opened = await openWithPartners();
    const task = await cases.addTask({
      caseId: opened.id,
      title: 'Visit Sam at home',
      assignee: { userId: 'nhs-n1', organisationId: 'nhs-trust' },
      dueInWorkingDays: 5,
      actor: caseworker,
    });
    // Five working days from Friday 18 December 2026, over Christmas Day and the Boxing Day substitute: Tuesday 29th.
    expect(task).toMatchObject({ dueDate: '2026-12-29', status: 'open', remindBefore: 1, assigneeId: 'nhs-n1', version: 1 });
    const [reminder] = (await store.outbox.list({ topic: TASK_REMINDER_TOPIC })).items;
    // One working day before: Thursday 24 December, 9 in the morning in London (GMT in winter).
    expect(reminder).toMatchObject({
      availableAt: '2026-12-24T09:00:00.000Z',
      payload: { taskId: task.id, taskVersion: 1, caseId: opened.id, assigneeId: 'nhs-n1', dueDate: '2026-12-29' },
    });
    expect(JSON.stringify(reminder!.payload)).not.toContain('Sam');
    expect(await cases.isReminderCurrent(reminder!.payload)).toBe(true);
    const entry = (await store.audit.list({ recordId: opened.id })).find((found) => found.action === 'case.task_added')!;
    expect(JSON.stringify(entry.metadata)).not.toContain('Sam');
    expect(entry.after).toEqual({ title: 'Visit Sam at home' });

    // Moved to a new date, the old reminder is stale and a new one is queued.
    const moved = await cases.updateTask({ taskId: task.id, expectedVersion: 1, dueDate: '2027-01-08', actor: caseworker });
    const reminders = (await store.outbox.list({ topic: TASK_REMINDER_TOPIC })).items;
    expect(reminders.map((message) => message.availableAt)).toEqual(['2026-12-24T09:00:00.000Z', '2027-01-07T09:00:00.000Z']);
    expect(await cases.isReminderCurrent(reminders[0]!.payload)).toBe(false);
    expect(await cases.isReminderCurrent(reminders[1]!.payload)).toBe(true);
    expect(await cases.isReminderCurrent({ taskId: 'nothing' })).toBe(false);

    // The assignee reports progress on her own task, but does not reschedule it.
    await expect(cases.updateTask({ taskId: task.id, expectedVersion: 2, dueInWorkingDays: 30, actor: nurse })).rejects.toSatisfy(
      (error: unknown) => error instanceof CaseForbiddenError && error.action === 'manageTasks' && error.message.includes('(partner)'),
    );
    await expect(cases.updateTask({ taskId: task.id, expectedVersion: 1, status: 'done', actor: nurse })).rejects.toMatchObject({
      code: 'cases.task.changed',
    });
    const done = await cases.updateTask({ taskId: moved.id, expectedVersion: 2, status: 'done', actor: nurse });
    expect(done).toMatchObject({ status: 'done', completedAt: '2026-12-18T10:00:00.000Z', version: 3 });
    expect(await cases.isReminderCurrent(reminders[1]!.payload)).toBe(false);
  });

  it('are seen by the organisation that set them and the assignee, are overdue after their day, and refuse what is not possible', async () => {
    const opened = await openWithPartners();
    const internal = await cases.addTask({ caseId: opened.id, title: 'Check school records', dueDate: '2026-12-21', actor: caseworker });
    const forNurse = await cases.addTask({
      caseId: opened.id,
      title: 'Health review',
      assignee: { userId: 'nhs-n1', organisationId: 'nhs-trust' },
      dueInWorkingDays: 0,
      remindBefore: null,
      actor: caseworker,
    });
    expect((await store.outbox.list({ topic: TASK_REMINDER_TOPIC })).items).toEqual([]);
    expect((await cases.listTasks({ caseId: opened.id, actor: caseworker })).map((task) => task.id)).toEqual([internal.id, forNurse.id]);
    expect((await cases.listTasks({ caseId: opened.id, actor: nurse })).map((task) => task.id)).toEqual([forNurse.id]);
    expect(await cases.listTasks({ caseId: opened.id, actor: officer })).toEqual([]);
    await expect(cases.updateTask({ taskId: internal.id, expectedVersion: 1, status: 'done', actor: officer })).rejects.toMatchObject({
      code: 'cases.task.not_found',
    });
    clock.set('2026-12-22T10:00:00Z');
    expect((await cases.listTasks({ caseId: opened.id, actor: caseworker })).map((task) => task.overdue)).toEqual([true, true]);
    const timeline = async (actor: Actor) =>
      (await cases.timeline({ caseId: opened.id, actor })).items
        .filter((entry) => entry.action === 'case.task_added')
        .map((entry) => entry.metadata['task']);
    expect(await timeline(caseworker)).toEqual([internal.id, forNurse.id]);
    expect(await timeline(nurse)).toEqual([forNurse.id]);
    expect(await timeline(officer)).toEqual([]);

    await expect(cases.addTask({ caseId: opened.id, title: 'x', actor: caseworker })).rejects.toMatchObject({
      code: 'cases.task.due_missing',
    });
    await expect(cases.addTask({ caseId: opened.id, title: 'x', dueDate: '2026-12-01', actor: caseworker })).rejects.toMatchObject({
      code: 'cases.task.due_in_past',
      path: ['input', 'dueDate'],
    });
    await expect(
      cases.addTask({
        caseId: opened.id,
        title: 'x',
        dueInWorkingDays: 2,
        assignee: { userId: 'ch-1', organisationId: 'charity' },
        actor: caseworker,
      }),
    ).rejects.toMatchObject({ code: 'cases.task.organisation_not_involved' });
    await expect(cases.addTask({ caseId: opened.id, title: 'x', dueInWorkingDays: 2, actor: nurse })).rejects.toMatchObject({
      code: 'cases.forbidden',
      action: 'manageTasks',
      roles: ['partner'],
    });
  });
});

describe('documents', () => {
  it('are sniffed from their bytes, named for the type found, limited in size and served so that they are never run', async () => {
    const opened = await openWithPartners();
    const document = await upload(opened.id, 'C:\\Users\\sam\\payslip.pdf.exe', pdf(), caseworker, { source: 'citizen' });
    expect(document).toMatchObject({ filename: 'payslip.pdf.pdf', contentType: 'application/pdf', size: pdf().length, source: 'citizen' });
    const photo = await upload(opened.id, 'damp "wall".pdf', png, caseworker);
    expect(photo).toMatchObject({ filename: 'damp wall.png', contentType: 'image/png' });

    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    await expect(upload(opened.id, 'letter.pdf', html, caseworker, { source: 'citizen' })).rejects.toMatchObject({
      code: 'cases.document.type_not_allowed',
      path: ['input', 'bytes'],
    });
    const program = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    await expect(upload(opened.id, 'a.png', program, caseworker)).rejects.toMatchObject({
      code: 'cases.document.type_not_allowed',
    });
    await expect(upload(opened.id, 'big.pdf', pdf('x'.repeat(3000)), caseworker)).rejects.toMatchObject({
      code: 'cases.document.too_large',
      message: 'The selected file must be smaller than 2 KB',
    });
    await expect(upload(opened.id, 'none.pdf', new Uint8Array(), caseworker)).rejects.toMatchObject({ code: 'cases.document.empty' });
    await expect(upload(opened.id, 'a.pdf', pdf(), officer)).rejects.toMatchObject({
      code: 'cases.forbidden',
      action: 'addDocument',
      roles: ['viewer'],
    });

    const download = await cases.downloadDocument({ documentId: document.id, actor: caseworker });
    expect(new TextDecoder().decode(download.bytes)).toBe(new TextDecoder().decode(pdf()));
    expect(download.headers).toEqual({
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf().length),
      'Content-Disposition': `attachment; filename="payslip.pdf.pdf"; filename*=UTF-8''payslip.pdf.pdf`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
    const entry = (await store.audit.list({ recordId: opened.id })).find((found) => found.action === 'case.document_added')!;
    expect(entry.metadata).toMatchObject({ document: document.id, contentType: 'application/pdf', source: 'citizen' });
    expect(JSON.stringify(entry.metadata)).not.toContain('payslip');
  });

  it('reach another organisation only when shared with it on a recorded basis, and its downloads are audited', async () => {
    const opened = await openWithPartners();
    const internal = await upload(opened.id, 'internal.pdf', pdf(), caseworker);
    await expect(upload(opened.id, 'shared.pdf', pdf(), caseworker, { sharedWith: ['nhs-trust'] })).rejects.toMatchObject({
      code: 'cases.no_sharing_basis',
    });
    const share = await shareOnConsent(cases, opened.id, 3, 'nhs-trust');
    const shared = await upload(opened.id, 'shared.pdf', pdf(), caseworker, { sharedWith: ['nhs-trust'] });
    const fromNurse = await upload(opened.id, 'letter.pdf', pdf(), nurse);
    expect((await cases.listDocuments({ caseId: opened.id, actor: nurse })).map((doc) => doc.id)).toEqual([shared.id, fromNurse.id]);
    // The owner sees the evidence on its case, the nurse's letter too.
    expect((await cases.listDocuments({ caseId: opened.id, actor: caseworker })).map((doc) => doc.id)).toEqual([
      internal.id,
      shared.id,
      fromNurse.id,
    ]);
    expect(await cases.listDocuments({ caseId: opened.id, actor: officer })).toEqual([]);
    await expect(cases.downloadDocument({ documentId: internal.id, actor: nurse })).rejects.toMatchObject({
      code: 'cases.document.not_found',
    });
    await cases.downloadDocument({ documentId: shared.id, actor: nurse });
    const views = (await store.audit.list({ recordId: opened.id })).filter((entry) => entry.action === 'case.viewed');
    expect(views.at(-1)!.metadata).toEqual({ organisation: 'nhs-trust', via: 'team', shares: [share.id], what: `document:${shared.id}` });
    const officerTimeline = (await cases.timeline({ caseId: opened.id, actor: officer })).items;
    expect(officerTimeline.some((entry) => entry.action === 'case.document_added')).toBe(false);
  });
});

describe('assignment', () => {
  it('has a worker pick a case up before acting, and only a manager takes it from someone else', async () => {
    const opened = await cases.open({ caseType: 'pick-up-first', fields: family, actor: caseworker });
    const boss = { ...manager, roles: ['manager'] };
    await expect(cases.takeAction({ caseId: opened.id, action: 'accept', expectedVersion: 1, actor: boss })).rejects.toMatchObject({
      code: 'cases.pick_up_first',
      message: 'Pick up the case before you take the action "accept": nobody has it yet',
    });
    await expect(
      cases.pickUp({ caseId: opened.id, expectedVersion: 1, actor: { ...caseworker, roles: ['viewer'] } }),
    ).rejects.toMatchObject({
      code: 'cases.forbidden',
      action: 'pickUp',
    });
    const mine = await cases.pickUp({ caseId: opened.id, expectedVersion: 1, actor: caseworker });
    expect(mine.assignee).toEqual({
      userId: 'staff-c1',
      organisationId: 'council',
      since: '2026-12-18T10:00:00.000Z',
      assignedBy: 'staff-c1',
    });
    await expect(cases.pickUp({ caseId: opened.id, expectedVersion: 2, actor: colleague })).rejects.toSatisfy(
      (error: unknown) => error instanceof CaseForbiddenError && error.action === 'reassign' && error.message.includes('(caseworker)'),
    );
    await expect(cases.unassign({ caseId: opened.id, expectedVersion: 2, actor: colleague })).rejects.toMatchObject({
      code: 'cases.forbidden',
      action: 'reassign',
    });
    await expect(
      cases.changeFields({ caseId: opened.id, expectedVersion: 2, fields: { concern: 'neglect' }, actor: colleague }),
    ).rejects.toMatchObject({ code: 'cases.pick_up_first' });
    await cases.changeFields({ caseId: opened.id, expectedVersion: 2, fields: { concern: 'neglect' }, actor: caseworker });
    const given = await cases.assign({
      caseId: opened.id,
      expectedVersion: 3,
      to: { userId: 'staff-m1', organisationId: 'council' },
      actor: boss,
    });
    expect(given.assignee).toMatchObject({ userId: 'staff-m1', assignedBy: 'staff-m1' });
    const accepted = await cases.takeAction({ caseId: opened.id, action: 'accept', expectedVersion: 4, actor: boss });
    expect(accepted.state).toEqual(['assessing']);
    await expect(
      cases.assign({ caseId: opened.id, expectedVersion: 5, to: { userId: 'ch-1', organisationId: 'charity' }, actor: boss }),
    ).rejects.toMatchObject({ code: 'cases.assignment.organisation_not_involved' });
    const released = await cases.unassign({ caseId: opened.id, expectedVersion: 5, actor: boss });
    expect(released.assignee).toBeNull();
    await expect(cases.unassign({ caseId: opened.id, expectedVersion: 6, actor: boss })).rejects.toMatchObject({
      code: 'cases.assignment.not_assigned',
    });
    const actions = (await cases.timeline({ caseId: opened.id, actor: caseworker })).items.map((entry) => entry.action);
    expect(actions).toEqual(['case.opened', 'case.picked_up', 'case.fields_changed', 'case.assigned', 'case.action', 'case.unassigned']);
    // A case type that does not ask for it lets people act without picking up.
    const plain = await cases.open({ caseType: 'early-help', fields: family, actor: caseworker });
    expect((await cases.takeAction({ caseId: plain.id, action: 'accept', expectedVersion: 1, actor: boss })).assignee).toBeNull();
  });
});
