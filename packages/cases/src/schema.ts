/**
 * The JSON shape of a case type (structure only; `createCaseType` checks the
 * cross-references and the workflow). Written with zod/mini, like the workflow
 * brick's schemas, so a builder can validate a case type in a browser cheaply.
 */
import { UK_DIVISIONS } from '@civicbricks/core/working-days';
import * as z from 'zod/mini';

/** Names of roles, fields, actions and SLA rules: what people write in JSON and code refers to. */
export const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

const name = (what: string) =>
  z
    .string(`${what} must be a name`)
    .check(z.regex(NAME_PATTERN, `${what} must start with a letter and hold only letters, digits, "-" and "_" (at most 64 characters)`));

/** The flags a case can carry; fixed so that every service, list and report means the same by them. */
export const CASE_FLAGS = ['safeguarding', 'vulnerable', 'urgent'] as const;
export type CaseFlag = (typeof CASE_FLAGS)[number];

const roleList = z.array(name('A role'));

/** One field of a case: what a value must be. `personal` marks data about a person (kept out of audit metadata). */
export const CaseFieldSchema = z.strictObject({
  type: z.enum(['text', 'number', 'boolean', 'date', 'choice']),
  label: z.string().check(z.minLength(1, 'A field needs a `label` people can read')),
  required: z.optional(z.boolean()),
  personal: z.optional(z.boolean()),
  /** For `text`: the longest value allowed (default 10,000 characters). */
  maxLength: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
  /** For `choice`: the values allowed. */
  options: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
});

/** Who may take one action (a workflow event), state by state. A state not listed grants it to nobody. */
export const CaseActionSchema = z.strictObject({
  label: z.string().check(z.minLength(1, 'An action needs a `label` people can read')),
  /** State name to the roles that may take the action while the case is in that state (or inside it). */
  allowed: z.record(name('A state'), roleList),
});

/** "Decide within 20 working days of submission in England and Wales." */
export const SlaRuleSchema = z.strictObject({
  label: z.string().check(z.minLength(1, 'An SLA rule needs a `label` people can read')),
  workingDays: z.int('`workingDays` must be a whole number').check(z.minimum(1), z.maximum(366)),
  /** Which UK division's bank holidays count; the case type's own when absent. */
  division: z.optional(z.enum(UK_DIVISIONS)),
  /** Entering any of these states (or a state inside one) meets the rule and stops its clock. */
  stopStates: z.array(name('A state')).check(z.minLength(1, 'An SLA rule needs at least one state that stops its clock')),
});

/** What a role sees and may change of a case's fields. A role not listed sees none. */
export const FieldAccessSchema = z.strictObject({
  see: z.array(name('A field')),
  change: z.array(name('A field')),
});

/** Operations other than workflow actions, and the roles allowed each. Absent means nobody. */
export const CaseOperationsSchema = z.strictObject({
  open: z.optional(roleList),
  allocateLead: z.optional(roleList),
  transferLead: z.optional(roleList),
  manageTeam: z.optional(roleList),
  addNote: z.optional(roleList),
  setFlags: z.optional(roleList),
  /** Link people (person records) to the case and unlink them. */
  linkPeople: z.optional(roleList),
  /** Share the case with another organisation on a recorded basis, and revoke a share. */
  share: z.optional(roleList),
  /** Add tasks and change any task; an assignee may always change their own task's status. */
  manageTasks: z.optional(roleList),
  /** Upload documents to the case. Reading them follows seeing the case. */
  addDocument: z.optional(roleList),
  /** Pick the case up (assign it to oneself) before acting on it. */
  pickUp: z.optional(roleList),
  /** Assign the case to someone else, or take it from whoever has it: a manager's operation. */
  reassign: z.optional(roleList),
});

export const CASE_OPERATIONS = [
  'open',
  'allocateLead',
  'transferLead',
  'manageTeam',
  'addNote',
  'setFlags',
  'linkPeople',
  'share',
  'manageTasks',
  'addDocument',
  'pickUp',
  'reassign',
] as const;
export type CaseOperation = (typeof CASE_OPERATIONS)[number];

/** What a work queue can show, one column each; `field:<name>` shows a case field to those whose roles see it. */
export const QUEUE_COLUMNS = [
  'reference',
  'state',
  'status',
  'lead',
  'dueDate',
  'submittedAt',
  'flags',
  'patch',
  'skill',
  'latestNote',
] as const;
export type QueueColumn = (typeof QUEUE_COLUMNS)[number] | `field:${string}`;
/** The columns a queue can be sorted by: never a case field, whose order would tell a viewer about values they may not see. */
export const SORTABLE_QUEUE_COLUMNS = ['reference', 'state', 'lead', 'dueDate', 'submittedAt', 'patch'] as const;
export type SortableQueueColumn = (typeof SORTABLE_QUEUE_COLUMNS)[number];

const queueColumn = z
  .string('A column must be a name')
  .check(
    z.refine(
      (value) => (QUEUE_COLUMNS as readonly string[]).includes(value) || /^field:[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(value),
      `A column must be one of ${QUEUE_COLUMNS.join(', ')}, or field:<a field of the case type>`,
    ),
  );

/**
 * A work queue: which cases, in which order, showing what. Filters combine
 * (all must hold); the viewer only ever sees cases their organisation is
 * involved in, and fields their roles see.
 */
export const WorkQueueSchema = z.strictObject({
  label: z.string().check(z.minLength(1, 'A work queue needs a `label` people can read')),
  filters: z.optional(
    z.strictObject({
      /** Cases in any of these states (or a state inside one). */
      states: z.optional(z.array(name('A state')).check(z.minLength(1))),
      status: z.optional(z.enum(['active', 'done'])),
      /** Cases carrying any of these flags. */
      flags: z.optional(z.array(z.enum(CASE_FLAGS)).check(z.minLength(1))),
      /** `me`: the viewer is the lead; `none`: no lead yet (to allocate). */
      lead: z.optional(z.enum(['me', 'none'])),
      /** `mine`: cases in the patches of the viewer's teams; `none`: cases no patch covers. */
      patch: z.optional(z.enum(['mine', 'none'])),
      /** `mine`: cases needing no particular skill or one the viewer has. */
      skill: z.optional(z.literal('mine')),
      /** True: only cases past the due date of their first open SLA rule. */
      overdue: z.optional(z.boolean()),
    }),
  ),
  columns: z.array(queueColumn).check(z.minLength(1, 'A work queue needs at least one column')),
  sort: z.strictObject({ column: z.enum(SORTABLE_QUEUE_COLUMNS), direction: z.optional(z.enum(['asc', 'desc'])) }),
  /** 1 to 100; 25 when absent. */
  pageSize: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});

/**
 * Allocation by patch (the neighbourhood model: postcode areas, districts or
 * sectors to teams; the most specific match wins) and by skill (a field's
 * value to the skill its cases need).
 */
export const AllocationSchema = z.strictObject({
  /** The text field holding the postcode patches are read from. */
  postcodeField: z.optional(name('A field')),
  /** Team id to the postcode areas (`CF`), districts (`CF10`) or sectors (`CF10 1`) it covers. */
  patches: z.optional(z.record(name('A team'), z.array(z.string().check(z.minLength(1), z.maxLength(8))).check(z.minLength(1)))),
  /** A choice field whose value says which skill a case needs. */
  skillField: z.optional(name('A field')),
  /** The field's value to the skill; values not listed need none. */
  skills: z.optional(z.record(z.string().check(z.minLength(1)), name('A skill'))),
});

/** Which fields search reads: names (any of them), the date of birth and the postcode. */
export const CaseSearchSchema = z.strictObject({
  nameFields: z.optional(z.array(name('A field')).check(z.minLength(1))),
  dateOfBirthField: z.optional(name('A field')),
  postcodeField: z.optional(name('A field')),
});

/**
 * How long a case of this type is kept once it is closed (or, with `from:
 * "opened"`, from when it was opened), before its personal data is erased.
 */
export const RetentionSchema = z.strictObject({
  /** Whole years to keep the case (months and days are rarely what a retention schedule says). */
  years: z.int('`years` must be a whole number').check(z.minimum(0), z.maximum(150)),
  /** Extra days on top, for schedules like "six years and one month" written as days. */
  days: z.optional(z.int().check(z.minimum(0), z.maximum(3660))),
  /** When the clock starts: when the case reached a final state (default) or when it was opened. */
  from: z.optional(z.enum(['closed', 'opened'])),
  /** The schedule this comes from, for the data protection officer: "Early help: 6 years after closure". */
  label: z.string().check(z.minLength(1, 'A retention rule needs a `label` people can read')),
});

/**
 * A case type: plain JSON, versioned like a workflow definition. Raise `version`
 * when a change affects cases already open.
 */
export const CaseTypeSchema = z.strictObject({
  id: name('The case type `id`'),
  version: z.int('`version` must be a whole number').check(z.minimum(1, '`version` starts at 1')),
  title: z.string().check(z.minLength(1, 'A case type needs a `title` people can read')),
  /** Default division for SLA rules; `england-and-wales` when absent. */
  division: z.optional(z.enum(UK_DIVISIONS)),
  /** A `@civicbricks/workflow` definition: the case's states. Checked with `createMachine`. */
  workflow: z.unknown(),
  roles: z.record(name('A role'), z.strictObject({ label: z.string().check(z.minLength(1)) })),
  fields: z.record(name('A field'), CaseFieldSchema),
  actions: z.record(name('An action'), CaseActionSchema),
  operations: CaseOperationsSchema,
  flags: z.array(z.enum(CASE_FLAGS)),
  sla: z.optional(z.record(name('An SLA rule'), SlaRuleSchema)),
  fieldAccess: z.record(name('A role'), FieldAccessSchema),
  workQueues: z.optional(z.record(name('A work queue'), WorkQueueSchema)),
  allocation: z.optional(AllocationSchema),
  search: z.optional(CaseSearchSchema),
  retention: z.optional(RetentionSchema),
  /** When true, a worker must pick a case up (be its assignee) before taking an action or changing its fields. */
  pickUpBeforeActing: z.optional(z.boolean()),
});

export type CaseTypeJson = z.input<typeof CaseTypeSchema>;
export type CaseField = z.output<typeof CaseFieldSchema>;
export type CaseAction = z.output<typeof CaseActionSchema>;
export type SlaRule = z.output<typeof SlaRuleSchema>;
export type FieldAccess = z.output<typeof FieldAccessSchema>;
export type WorkQueueDefinition = z.output<typeof WorkQueueSchema>;
export type AllocationRules = z.output<typeof AllocationSchema>;
export type CaseSearchFields = z.output<typeof CaseSearchSchema>;
export type Retention = z.output<typeof RetentionSchema>;
