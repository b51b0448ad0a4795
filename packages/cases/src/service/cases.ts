/** Opening a case, reading it, and the changes of its state, fields and flags. */
import { isCivicError, ValidationError } from '@civicbricks/core/errors';
import { generateReference } from '@civicbricks/core/reference';
import { parseInput } from '@civicbricks/core/validation';
import { start, transition, type JsonObject } from '@civicbricks/workflow';
import * as z from 'zod/mini';
import { checkFieldValues } from '../case-type.js';
import { assertCanChangeFields, assertCanPerform, assertCanTakeAction } from '../permissions.js';
import { CASE_FLAGS } from '../schema.js';
import { slaDueDates, slaRulesStoppedBy } from '../sla.js';
import { assertPickedUp } from './assignment.js';
import { checkFlags, enqueueCommands, fieldDetail, snapshotOf, type ServiceContext } from './context.js';
import {
  actorSchema,
  CASES_COLLECTION,
  caseRecord,
  fieldsInput,
  id,
  leaf,
  unique,
  versioned,
  type Actor,
  type CaseRecord,
  type CaseView,
} from './records.js';

const MAX_REFERENCE_ATTEMPTS = 4;

export const openSchema = z.strictObject({
  caseType: id('`caseType`'),
  fields: fieldsInput,
  /** When the person applied or was referred; the SLA clock starts here. Now when absent. */
  submittedAt: z.optional(z.iso.datetime({ offset: true, error: '`submittedAt` must be an ISO 8601 date and time' })),
  flags: z.optional(z.array(z.enum(CASE_FLAGS))),
  actor: actorSchema,
});
export const actionSchema = z.strictObject({
  ...versioned,
  action: id('`action`'),
  /** Values to record with the action (a decision, a summary): each must be a field the caller may change. */
  fields: z.optional(fieldsInput),
  /** Passed to the workflow's guards and actions as the event's data. */
  data: z.optional(z.record(z.string(), z.unknown())),
});
export const changeFieldsSchema = z.strictObject({ ...versioned, fields: fieldsInput });
export const flagsSchema = z.strictObject({ ...versioned, flags: z.array(z.enum(CASE_FLAGS)) });

export interface CaseMethods {
  /** Opens a case: a new reference (core's, with a check character), the workflow started, SLA due dates set. */
  open(input: z.input<typeof openSchema>): Promise<CaseView>;
  /** The case as the actor may see it; `cases.case_not_found` if their organisation is not involved. */
  get(caseId: string, actor: Actor): Promise<CaseView>;
  /** A workflow action, with any field values it records. */
  takeAction(input: z.input<typeof actionSchema>): Promise<CaseView>;
  changeFields(input: z.input<typeof changeFieldsSchema>): Promise<CaseView>;
  setFlags(input: z.input<typeof flagsSchema>): Promise<CaseView>;
}

export function caseMethods(context: ServiceContext): CaseMethods {
  const { store, types, now, view, readCase, accessTo, recordView, change } = context;
  return {
    async open(input) {
      const args = parseInput(openSchema, input, { path: ['input'], codePrefix: 'cases.open' });
      const caseType = types.get(args.caseType);
      if (caseType === undefined) {
        throw new ValidationError('cases.unknown_case_type', `This service has no case type "${args.caseType}"`, {
          path: ['input', 'caseType'],
        });
      }
      assertCanPerform(caseType, args.actor.roles, 'open');
      const fields = checkFieldValues(caseType, args.fields, { requireAll: true, path: ['input', 'fields'] });
      const flags = unique(args.flags ?? []);
      // Flagging a case is its own permission, at opening as later.
      if (flags.length > 0) assertCanPerform(caseType, args.actor.roles, 'setFlags');
      checkFlags(caseType, flags);
      const openedAt = now();
      const submittedAt = args.submittedAt === undefined ? openedAt : new Date(args.submittedAt).toISOString();
      if (submittedAt > openedAt) {
        throw new ValidationError('cases.open.submitted_in_future', '`submittedAt` cannot be later than now', {
          path: ['input', 'submittedAt'],
        });
      }
      const started = start(caseType.machine, openedAt);
      const stopped = slaRulesStoppedBy(caseType, started.snapshot.state);
      const record: CaseRecord = {
        caseType: caseType.id,
        caseTypeVersion: caseType.version,
        ownerOrganisationId: args.actor.organisationId,
        submittedAt,
        openedAt,
        openedBy: args.actor.userId,
        state: [...started.snapshot.state],
        status: started.snapshot.status,
        snapshot: started.snapshot,
        fields: { ...fields },
        flags,
        lead: null,
        leadHistory: [],
        team: [],
        assignee: null,
        sla: slaDueDates(caseType, new Date(submittedAt)).map(({ rule, dueDate }) => ({
          rule,
          dueDate,
          metAt: stopped.has(rule) ? openedAt : null,
        })),
      };
      for (let attempt = 1; ; attempt += 1) {
        const reference = generateReference(context.random === undefined ? {} : { random: context.random });
        try {
          const stored = await store.transaction(async (tx) => {
            const inserted = await tx.collection(CASES_COLLECTION, caseRecord).insert(record, { id: reference });
            await context.settings.afterWrite?.(tx, inserted);
            await tx.audit.append({
              actor: args.actor.userId,
              action: 'case.opened',
              collection: CASES_COLLECTION,
              recordId: reference,
              fields: Object.keys(fields),
              metadata: {
                caseType: caseType.id,
                caseTypeVersion: caseType.version,
                state: leaf(record.state),
                organisation: args.actor.organisationId,
                flags,
              },
              after: { fields },
            });
            await enqueueCommands(tx, reference, started.effects, 1);
            return inserted;
          });
          return view(stored, args.actor);
        } catch (error) {
          // Two draws of a random reference can collide; the store's unique id says so, and another is drawn.
          if (!(isCivicError(error) && error.code === 'storage.record_exists') || attempt >= MAX_REFERENCE_ATTEMPTS) throw error;
        }
      }
    },

    async get(caseId, actor) {
      const args = parseInput(
        z.strictObject({ caseId: id('`caseId`'), actor: actorSchema }),
        { caseId, actor },
        { codePrefix: 'cases.get' },
      );
      const stored = await readCase(store, args.caseId, args.actor);
      const access = await accessTo(store, stored, args.actor);
      if (access !== undefined) await recordView(store, stored, args.actor, access, 'case');
      return view(stored, args.actor, access?.sharedFields);
    },

    async takeAction(input) {
      const args = parseInput(actionSchema, input, { path: ['input'], codePrefix: 'cases.action' });
      return change(args, (record, caseType, roles, at) => {
        const snapshot = snapshotOf(caseType, record);
        assertCanTakeAction(caseType, roles, snapshot.state, args.action);
        assertPickedUp(caseType, record, args.actor, `take the action "${args.action}"`);
        const fields = args.fields === undefined ? {} : checkFieldValues(caseType, args.fields, { path: ['input', 'fields'] });
        assertCanChangeFields(caseType, roles, Object.keys(fields));
        const event = args.data === undefined ? { type: args.action } : { type: args.action, data: args.data as JsonObject };
        const step = transition(caseType.machine, snapshot, event, at);
        const stopped = slaRulesStoppedBy(caseType, step.snapshot.state);
        return {
          record: {
            ...record,
            state: [...step.snapshot.state],
            status: step.snapshot.status,
            snapshot: step.snapshot,
            fields: { ...record.fields, ...fields },
            sla: record.sla.map((sla) => (sla.metAt === null && stopped.has(sla.rule) ? { ...sla, metAt: at } : sla)),
          },
          audit: {
            action: 'case.action',
            fields: Object.keys(fields),
            metadata: { action: args.action, from: leaf(record.state), to: leaf(step.snapshot.state), seq: step.snapshot.seq },
            ...fieldDetail(record, fields),
          },
          effects: step.effects,
        };
      });
    },

    async changeFields(input) {
      const args = parseInput(changeFieldsSchema, input, { path: ['input'], codePrefix: 'cases.fields' });
      return change(args, (record, caseType, roles) => {
        const fields = checkFieldValues(caseType, args.fields, { path: ['input', 'fields'] });
        assertCanChangeFields(caseType, roles, Object.keys(fields));
        assertPickedUp(caseType, record, args.actor, 'change its fields');
        return {
          record: { ...record, fields: { ...record.fields, ...fields } },
          audit: { action: 'case.fields_changed', fields: Object.keys(fields), metadata: {}, ...fieldDetail(record, fields) },
        };
      });
    },

    async setFlags(input) {
      const args = parseInput(flagsSchema, input, { path: ['input'], codePrefix: 'cases.flags' });
      return change(args, (record, caseType, roles) => {
        assertCanPerform(caseType, roles, 'setFlags');
        const flags = unique(args.flags);
        checkFlags(caseType, flags);
        return {
          record: { ...record, flags },
          audit: {
            action: 'case.flags_changed',
            metadata: {
              added: flags.filter((flag) => !record.flags.includes(flag)),
              removed: record.flags.filter((flag) => !flags.includes(flag)),
            },
          },
        };
      });
    },
  };
}
