import type { WorkflowDefinition, WorkflowSnapshot } from '@civicbricks/workflow';
import type { Example } from '../../elements/examples/types.js';
import type { WorkflowDiagramOptions } from '../src/index.js';

/** A council's blue badge application, as the workflow brick's README writes it. */
export const blueBadgeDefinition: WorkflowDefinition = {
  id: 'blue-badge-application',
  version: 1,
  title: 'Blue badge application',
  division: 'england-and-wales',
  initial: 'submitted',
  states: {
    submitted: {
      title: 'Submitted',
      on: { startReview: { target: 'inReview', description: 'Start the review' }, withdraw: { target: 'withdrawn' } },
      timers: [{ id: 'triageDeadline', after: 'P14D', target: 'inReview' }],
    },
    inReview: {
      title: 'In review',
      initial: 'awaitingEvidence',
      on: { withdraw: { target: 'withdrawn' }, addNote: { actions: ['appendNote'] } },
      states: {
        awaitingEvidence: {
          title: 'Awaiting evidence',
          entry: ['requestEvidence'],
          on: { evidenceReceived: { target: 'assessing' } },
          timers: [{ id: 'evidenceDeadline', workingDays: 10, target: 'refused' }],
        },
        assessing: {
          title: 'Assessing',
          on: {
            decide: [{ target: 'approved', guard: 'meetsCriteria' }, { target: 'refused' }],
            requestMoreEvidence: { target: 'awaitingEvidence' },
          },
        },
      },
    },
    decided: {
      title: 'Decided',
      initial: 'approved',
      states: {
        approved: { type: 'final', title: 'Approved' },
        refused: { type: 'final', title: 'Refused' },
      },
    },
    withdrawn: { type: 'final', title: 'Withdrawn' },
  },
};

/** Waiting for evidence since Friday 18 December 2026: 10 working days end at midnight after 6 January 2027. */
export const awaitingEvidenceSnapshot: WorkflowSnapshot = {
  definitionId: 'blue-badge-application',
  definitionVersion: 1,
  state: ['inReview', 'awaitingEvidence'],
  status: 'active',
  context: {},
  timers: [{ id: 'evidenceDeadline', state: 'awaitingEvidence', deadline: '2027-01-07T00:00:00.000Z' }],
  seq: 1,
  updatedAt: '2026-12-18T11:00:00.000Z',
};

export const approvedSnapshot: WorkflowSnapshot = {
  definitionId: 'blue-badge-application',
  definitionVersion: 1,
  state: ['decided', 'approved'],
  status: 'done',
  context: {},
  timers: [],
  seq: 3,
  updatedAt: '2027-01-05T15:30:00.000Z',
};

export const workflowDiagramExamples: readonly Example<WorkflowDiagramOptions>[] = [
  { name: 'Workflow only', options: { definition: blueBadgeDefinition } },
  {
    name: 'Awaiting evidence with a pending timer',
    options: { definition: blueBadgeDefinition, snapshot: awaitingEvidenceSnapshot, caption: 'Application BB-2026-0412' },
  },
  { name: 'Finished', options: { definition: blueBadgeDefinition, snapshot: approvedSnapshot } },
  { name: 'Welsh', lang: 'cy', options: { definition: blueBadgeDefinition, snapshot: awaitingEvidenceSnapshot } },
];
