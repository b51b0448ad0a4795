/**
 * The early help case type with work queues, patches, a skill and search
 * fields, and a service wired to the work-queue index: what the queue, search
 * and figures tests share.
 */
import type { Store } from '@civicbricks/storage';
import { createCaseIndexer, createWorkQueues } from '../src/queues/index.js';
import { createCaseService } from '../src/service/index.js';
import { earlyHelpJson } from './fixtures.js';
import { createCaseType } from './support.js';

export function queuedEarlyHelpJson() {
  return {
    ...earlyHelpJson(),
    workQueues: {
      toAllocate: {
        label: 'To allocate in my patch',
        filters: { status: 'active', lead: 'none', patch: 'mine' },
        columns: ['reference', 'field:childName', 'field:postcode', 'patch', 'dueDate', 'submittedAt'],
        sort: { column: 'dueDate' },
        pageSize: 2,
      },
      unpatched: {
        label: 'No patch',
        filters: { status: 'active', patch: 'none' },
        columns: ['reference', 'field:postcode'],
        sort: { column: 'reference' },
      },
      mine: {
        label: 'My cases',
        filters: { lead: 'me', status: 'active' },
        columns: ['reference', 'state', 'dueDate', 'latestNote'],
        sort: { column: 'dueDate' },
      },
      overdue: {
        label: 'Overdue',
        filters: { overdue: true, status: 'active' },
        columns: ['reference', 'dueDate', 'lead'],
        sort: { column: 'dueDate' },
      },
      all: {
        label: 'All open cases',
        filters: { status: 'active' },
        columns: ['reference', 'state', 'field:childName', 'field:dateOfBirth', 'field:postcode', 'field:concern', 'flags', 'latestNote'],
        sort: { column: 'reference' },
        pageSize: 50,
      },
      specialist: {
        label: 'Cases for my skills',
        filters: { skill: 'mine', status: 'active', states: ['referred', 'assessing'] },
        columns: ['reference', 'skill'],
        sort: { column: 'submittedAt', direction: 'desc' },
      },
      urgent: {
        label: 'Safeguarding',
        filters: { flags: ['safeguarding', 'urgent'] },
        columns: ['reference', 'flags'],
        sort: { column: 'reference' },
      },
    },
    allocation: {
      postcodeField: 'postcode',
      patches: {
        'cardiff-central': ['CF10', 'cf11'],
        'cardiff-north': ['CF14', 'CF15'],
        'cardiff-bay': ['CF10 4'],
        vale: ['CF'],
      },
      skillField: 'concern',
      skills: { 'domestic-abuse': 'domestic-abuse' },
    },
    search: { nameFields: ['childName'], dateOfBirthField: 'dateOfBirth', postcodeField: 'postcode' },
  };
}

export const queuedEarlyHelp = createCaseType(queuedEarlyHelpJson());

export { manualClock as queueClock } from './service-suite.js';

/** The case service writing the work-queue index, and the queues reading it, on one store and clock. */
export function queuedService(store: Store, clock: () => Date) {
  const caseTypes = [queuedEarlyHelp];
  return {
    cases: createCaseService({
      store,
      caseTypes,
      clock,
      afterWrite: createCaseIndexer(caseTypes),
      serviceRoles: { recordPeople: ['caseworker', 'manager'], erasePeople: ['data-protection'] },
    }),
    queues: createWorkQueues({ store, caseTypes, clock }),
  };
}
