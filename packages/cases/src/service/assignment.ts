/**
 * Assignment: a worker picks a case up before acting on it, so two people do
 * not work the same case unknowingly. Picking up needs `pickUp`; a case
 * someone else holds is taken over, assigned to another person or released
 * only with `reassign` (a manager's operation). Anyone may put down a case
 * they hold themselves.
 */
import { ConflictError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import * as z from 'zod/mini';
import type { CaseType } from '../case-type.js';
import { assertCanPerform } from '../permissions.js';
import { type ServiceContext } from './context.js';
import { id, versioned, type Actor, type CaseRecord, type CaseView } from './records.js';

export const pickUpSchema = z.strictObject({ ...versioned });
export const assignSchema = z.strictObject({
  ...versioned,
  to: z.strictObject({ userId: id('`userId`'), organisationId: id('`organisationId`') }),
});
export const unassignSchema = z.strictObject({ ...versioned });

export interface AssignmentMethods {
  /** The actor takes the case (`pickUp`); taking it from someone else also needs `reassign`. */
  pickUp(input: z.input<typeof pickUpSchema>): Promise<CaseView>;
  /** Gives the case to a named worker of an organisation involved in it (`reassign`). */
  assign(input: z.input<typeof assignSchema>): Promise<CaseView>;
  /** Puts the case back in its queue: one's own with no further permission, someone else's with `reassign`. */
  unassign(input: z.input<typeof unassignSchema>): Promise<CaseView>;
}

/** Refuses an action or a field change on a case type that wants it picked up first, unless the actor holds it. */
export function assertPickedUp(caseType: CaseType, record: CaseRecord, actor: Actor, operation: string): void {
  if (!caseType.pickUpBeforeActing) return;
  const assignee = record.assignee ?? null;
  if (assignee?.userId === actor.userId && assignee.organisationId === actor.organisationId) return;
  throw new ConflictError(
    'cases.pick_up_first',
    assignee === null
      ? `Pick up the case before you ${operation}: nobody has it yet`
      : `Pick up the case before you ${operation}: someone else has it, so ask a manager to reassign it`,
    { path: ['input', 'caseId'] },
  );
}

export function assignmentMethods(context: ServiceContext): AssignmentMethods {
  const { change } = context;
  return {
    async pickUp(input) {
      const args = parseInput(pickUpSchema, input, { path: ['input'], codePrefix: 'cases.assignment' });
      return change(args, (record, caseType, roles, at) => {
        assertCanPerform(caseType, roles, 'pickUp');
        const current = record.assignee ?? null;
        if (current?.userId === args.actor.userId) {
          throw new ConflictError('cases.assignment.already_yours', 'You already have this case', { path: ['input', 'caseId'] });
        }
        // Taking a case from a colleague is a manager's decision.
        if (current !== null) assertCanPerform(caseType, roles, 'reassign');
        return {
          record: {
            ...record,
            assignee: { userId: args.actor.userId, organisationId: args.actor.organisationId, since: at, assignedBy: args.actor.userId },
          },
          audit: { action: 'case.picked_up', metadata: { assignee: args.actor.userId, from: current?.userId ?? null } },
        };
      });
    },

    async assign(input) {
      const args = parseInput(assignSchema, input, { path: ['input'], codePrefix: 'cases.assignment' });
      return change(args, (record, caseType, roles, at) => {
        assertCanPerform(caseType, roles, 'reassign');
        const involved =
          record.ownerOrganisationId === args.to.organisationId ||
          record.team.some((member) => member.organisationId === args.to.organisationId);
        if (!involved) {
          throw new ConflictError(
            'cases.assignment.organisation_not_involved',
            `"${args.to.organisationId}" has no one on this case: add them to the team first`,
            { path: ['input', 'to', 'organisationId'] },
          );
        }
        const current = record.assignee ?? null;
        return {
          record: { ...record, assignee: { ...args.to, since: at, assignedBy: args.actor.userId } },
          audit: {
            action: 'case.assigned',
            metadata: { assignee: args.to.userId, assigneeOrganisation: args.to.organisationId, from: current?.userId ?? null },
          },
        };
      });
    },

    async unassign(input) {
      const args = parseInput(unassignSchema, input, { path: ['input'], codePrefix: 'cases.assignment' });
      return change(args, (record, caseType, roles) => {
        const current = record.assignee ?? null;
        if (current === null) {
          throw new ConflictError('cases.assignment.not_assigned', 'Nobody has this case', { path: ['input', 'caseId'] });
        }
        // Only a manager takes a case away from someone else.
        if (current.userId !== args.actor.userId || current.organisationId !== args.actor.organisationId) {
          assertCanPerform(caseType, roles, 'reassign');
        }
        return { record: { ...record, assignee: null }, audit: { action: 'case.unassigned', metadata: { from: current.userId } } };
      });
    },
  };
}
