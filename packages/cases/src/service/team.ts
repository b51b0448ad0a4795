/**
 * The lead professional and the team. A case has no lead until one is
 * allocated, then always exactly one; transferring needs a reason, and the
 * history keeps every lead with when and why.
 */
import { ConflictError, NotFoundError, ValidationError, type ErrorPath } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import type { Transaction } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { assertCanPerform } from '../permissions.js';
import { checkRole, type ServiceContext } from './context.js';
import { requireActiveStaff } from './organisations.js';
import {
  id,
  personSchema,
  versioned,
  type Actor,
  type CaseView,
  type LeadSpell,
  type TeamMember,
  type TeamMemberInput,
} from './records.js';

const MAX_REASON_LENGTH = 2_000;

export const allocateSchema = z.strictObject({ ...versioned, lead: personSchema });
const reason = z.string('`reason` must be text').check(
  z.refine((value) => value.trim().length > 0, { message: 'Say why the lead professional is changing', abort: true }),
  z.maxLength(MAX_REASON_LENGTH, `\`reason\` must be at most ${MAX_REASON_LENGTH} characters`),
);
export const transferSchema = z.strictObject({ ...versioned, to: personSchema, reason });
export const addMemberSchema = z.strictObject({ ...versioned, member: personSchema });
export const removeMemberSchema = z.strictObject({ ...versioned, userId: id('`userId`') });

export interface TeamMethods {
  /** The first lead professional; `cases.lead_already_allocated` once there is one (transfer instead). */
  allocateLead(input: z.input<typeof allocateSchema>): Promise<CaseView>;
  /** Hands the lead to someone else, with a reason; the lead joins the team if not on it. */
  transferLead(input: z.input<typeof transferSchema>): Promise<CaseView>;
  addTeamMember(input: z.input<typeof addMemberSchema>): Promise<CaseView>;
  /** The lead cannot be removed (`cases.lead_cannot_leave`): transfer the lead first. */
  removeTeamMember(input: z.input<typeof removeMemberSchema>): Promise<CaseView>;
}

export function teamMethods(context: ServiceContext): TeamMethods {
  const { change, settings } = context;
  // With a directory, a lead or member must work for the organisation they are put on the case for.
  const checkStaff = async (tx: Transaction, person: TeamMemberInput, path: ErrorPath) => {
    if (settings.requireStaffRecords) await requireActiveStaff(tx, person.organisationId, person.userId, path);
  };
  return {
    async allocateLead(input) {
      const args = parseInput(allocateSchema, input, { path: ['input'], codePrefix: 'cases.lead' });
      return change(args, async (record, caseType, roles, at, tx) => {
        assertCanPerform(caseType, roles, 'allocateLead');
        if (record.lead !== null) {
          throw new ConflictError('cases.lead_already_allocated', 'This case already has a lead professional: transfer the lead instead', {
            path: ['input', 'lead'],
          });
        }
        checkRole(caseType, args.lead.role, ['input', 'lead', 'role']);
        await checkStaff(tx, args.lead, ['input', 'lead', 'userId']);
        return {
          record: {
            ...record,
            lead: { userId: args.lead.userId, organisationId: args.lead.organisationId, since: at },
            leadHistory: [...record.leadHistory, spell(args.lead, at, args.actor)],
            team: withMember(record.team, args.lead, at, args.actor),
          },
          audit: { action: 'case.lead_allocated', metadata: { lead: args.lead.userId, leadOrganisation: args.lead.organisationId } },
        };
      });
    },

    async transferLead(input) {
      const args = parseInput(transferSchema, input, { path: ['input'], codePrefix: 'cases.lead' });
      return change(args, async (record, caseType, roles, at, tx) => {
        assertCanPerform(caseType, roles, 'transferLead');
        const current = record.lead;
        if (current === null) {
          throw new ConflictError('cases.no_lead', 'This case has no lead professional yet: allocate one first', { path: ['input', 'to'] });
        }
        if (current.userId === args.to.userId) {
          throw new ValidationError('cases.lead.same_lead', 'This person is already the lead professional', {
            path: ['input', 'to', 'userId'],
          });
        }
        checkRole(caseType, args.to.role, ['input', 'to', 'role']);
        await checkStaff(tx, args.to, ['input', 'to', 'userId']);
        const endReason = args.reason.trim();
        return {
          record: {
            ...record,
            lead: { userId: args.to.userId, organisationId: args.to.organisationId, since: at },
            leadHistory: [
              ...record.leadHistory.map((entry) => (entry.to === null ? { ...entry, to: at, endReason } : entry)),
              spell(args.to, at, args.actor),
            ],
            team: withMember(record.team, args.to, at, args.actor),
          },
          audit: {
            action: 'case.lead_transferred',
            metadata: {
              from: current.userId,
              fromOrganisation: current.organisationId,
              to: args.to.userId,
              toOrganisation: args.to.organisationId,
            },
            // The reason can name people and events: it is erasable detail, not chain metadata.
            after: { reason: endReason },
          },
        };
      });
    },

    async addTeamMember(input) {
      const args = parseInput(addMemberSchema, input, { path: ['input'], codePrefix: 'cases.team' });
      return change(args, async (record, caseType, roles, at, tx) => {
        assertCanPerform(caseType, roles, 'manageTeam');
        checkRole(caseType, args.member.role, ['input', 'member', 'role']);
        await checkStaff(tx, args.member, ['input', 'member', 'userId']);
        if (record.team.some((member) => member.userId === args.member.userId)) {
          throw new ConflictError('cases.team.already_member', 'This person is already on the case team', {
            path: ['input', 'member', 'userId'],
          });
        }
        return {
          record: { ...record, team: withMember(record.team, args.member, at, args.actor) },
          audit: {
            action: 'case.team_member_added',
            metadata: { member: args.member.userId, memberOrganisation: args.member.organisationId, role: args.member.role },
          },
        };
      });
    },

    async removeTeamMember(input) {
      const args = parseInput(removeMemberSchema, input, { path: ['input'], codePrefix: 'cases.team' });
      return change(args, (record, caseType, roles) => {
        assertCanPerform(caseType, roles, 'manageTeam');
        const member = record.team.find((entry) => entry.userId === args.userId);
        if (member === undefined) {
          throw new NotFoundError('cases.team.not_member', 'This person is not on the case team', { path: ['input', 'userId'] });
        }
        if (record.lead?.userId === args.userId) {
          throw new ConflictError(
            'cases.lead_cannot_leave',
            'The lead professional cannot leave the team: transfer the lead to someone else first',
            {
              path: ['input', 'userId'],
            },
          );
        }
        return {
          record: { ...record, team: record.team.filter((entry) => entry.userId !== args.userId) },
          audit: { action: 'case.team_member_removed', metadata: { member: member.userId, memberOrganisation: member.organisationId } },
        };
      });
    },
  };
}

function spell(person: TeamMemberInput, at: string, actor: Actor): LeadSpell {
  return { userId: person.userId, organisationId: person.organisationId, from: at, to: null, endReason: null, allocatedBy: actor.userId };
}
function withMember(team: readonly TeamMember[], person: TeamMemberInput, at: string, actor: Actor): TeamMember[] {
  if (team.some((member) => member.userId === person.userId)) return [...team];
  return [...team, { userId: person.userId, organisationId: person.organisationId, role: person.role, addedAt: at, addedBy: actor.userId }];
}
