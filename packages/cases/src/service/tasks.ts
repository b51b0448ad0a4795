/**
 * Tasks: a piece of case work with an assignee, a due date in working days
 * (the case type's division, over the GOV.UK bank holidays) and a status.
 * A reminder goes through the storage outbox, written in the same transaction
 * as the task, to be delivered on the morning of the reminder day; the outbox
 * cannot take a message back, so the handler asks `isReminderCurrent` and
 * drops a reminder for a task since done, moved or given to someone else.
 *
 * A task is seen by the organisation that set it and the assignee's
 * organisation, like a note shared with it. Tasks are their own records with
 * their own versions, so adding one does not make a colleague's open case
 * page stale; each is still audited on the case, and so in its timeline.
 */
import { ConflictError, NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import { addWorkingDays, isIsoDate, toIsoDate } from '@civicbricks/core/working-days';
import type { StoredRecord, Store, Transaction } from '@civicbricks/storage';
import type { JsonObject } from '@civicbricks/workflow';
import * as z from 'zod/mini';
import type { CaseType } from '../case-type.js';
import { assertCanPerform } from '../permissions.js';
import { involves, rolesOn, type ServiceContext } from './context.js';
import { after, listAll } from './listing.js';
import {
  actorSchema,
  CASES_COLLECTION,
  id,
  TASK_STATUSES,
  TASKS_COLLECTION,
  taskRecord,
  type Actor,
  type CaseRecord,
  type CaseTask,
  type TaskRecord,
} from './records.js';

/** The outbox topic of task reminders. */
export const TASK_REMINDER_TOPIC = 'cases.task_reminder';
const MAX_TITLE_LENGTH = 500;
/** Reminders arrive at the start of the working day, London time. */
const REMINDER_HOUR = 9;

const title = z.string('`title` must be text').check(
  z.refine((value) => value.trim().length > 0, { message: 'Say what the task is', abort: true }),
  z.maxLength(MAX_TITLE_LENGTH, `A task's title must be at most ${MAX_TITLE_LENGTH} characters`),
);
const assignee = z.strictObject({ userId: id('`userId`'), organisationId: id('`organisationId`') });
const dueDate = z.string().check(z.refine((value) => isIsoDate(value), '`dueDate` must be a date, YYYY-MM-DD'));
const workingDays = z.int('`dueInWorkingDays` must be a whole number of working days').check(z.minimum(0), z.maximum(366));
const remindBefore = z.nullable(z.int('`remindBefore` must be a whole number of working days').check(z.minimum(0), z.maximum(60)));

export const addTaskSchema = z.strictObject({
  caseId: id('`caseId`'),
  title,
  assignee: z.optional(assignee),
  /** Due this many working days from today; or give `dueDate`. */
  dueInWorkingDays: z.optional(workingDays),
  dueDate: z.optional(dueDate),
  /** Working days before the due date to remind the assignee; 1 when absent, null for none. */
  remindBefore: z.optional(remindBefore),
  actor: actorSchema,
});
export const updateTaskSchema = z.strictObject({
  taskId: id('`taskId`'),
  expectedVersion: z.int('`expectedVersion` must be the version you loaded').check(z.minimum(1)),
  status: z.optional(z.enum(TASK_STATUSES)),
  /** A new assignee, or null to leave the task with nobody. */
  assignee: z.optional(z.nullable(assignee)),
  dueInWorkingDays: z.optional(workingDays),
  dueDate: z.optional(dueDate),
  remindBefore: z.optional(remindBefore),
  actor: actorSchema,
});
export const listTasksSchema = z.strictObject({ caseId: id('`caseId`'), actor: actorSchema });
const reminderSchema = z.object({ taskId: z.string(), taskVersion: z.int() });

/** What a reminder message carries: ids and the date only, never the title. */
export interface TaskReminderPayload extends JsonObject {
  readonly taskId: string;
  readonly taskVersion: number;
  readonly caseId: string;
  readonly assigneeId: string;
  readonly dueDate: string;
}

export interface TaskMethods {
  /** Needs `manageTasks`. The assignee's organisation must be involved in the case. */
  addTask(input: z.input<typeof addTaskSchema>): Promise<CaseTask>;
  /** `manageTasks` changes anything; the assignee may change the status of their own task. */
  updateTask(input: z.input<typeof updateTaskSchema>): Promise<CaseTask>;
  /** The case's tasks the actor's organisation may see, oldest first, each with `overdue`. */
  listTasks(input: z.input<typeof listTasksSchema>): Promise<readonly (CaseTask & { readonly overdue: boolean })[]>;
  /** For the reminder handler: true only while the task is open and unchanged since the reminder was queued. */
  isReminderCurrent(payload: unknown): Promise<boolean>;
}

export const tasksOf = (handle: Store | Transaction) => handle.collection(TASKS_COLLECTION, taskRecord);

export function mayReadTask(task: TaskRecord, organisationId: string): boolean {
  return task.organisationId === organisationId || task.assigneeOrganisation === organisationId;
}

export function toTask(stored: StoredRecord<TaskRecord>): CaseTask {
  return { id: stored.id, version: stored.version, ...stored.data };
}

/** Every task of a case an organisation may see, oldest first. */
export async function readableTasks(handle: Store | Transaction, caseId: string, organisationId: string): Promise<CaseTask[]> {
  const all = await listAll((cursor) => tasksOf(handle).list({ where: { caseId }, limit: 500, ...after(cursor) }));
  return all.filter((task) => mayReadTask(task.data, organisationId)).map(toTask);
}

/** 09:00 in London on `date`, as an instant: the hour the clocks show, whichever side of a clock change. */
export function londonMorning(date: string): Date {
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' });
  for (const utcHour of [REMINDER_HOUR, REMINDER_HOUR - 1]) {
    const candidate = new Date(`${date}T${String(utcHour).padStart(2, '0')}:00:00Z`);
    if (Number(hour.format(candidate)) === REMINDER_HOUR) return candidate;
  }
  return new Date(`${date}T${String(REMINDER_HOUR).padStart(2, '0')}:00:00Z`);
}

export function taskMethods(context: ServiceContext): TaskMethods {
  const { store, clock, now, readCase, typeOf } = context;

  const dueFrom = (caseType: CaseType, input: { dueInWorkingDays?: number | undefined; dueDate?: string | undefined }, path: string[]) => {
    const today = toIsoDate(clock());
    if (input.dueInWorkingDays !== undefined && input.dueDate !== undefined) {
      throw new ValidationError('cases.task.two_due_dates', 'Give either `dueInWorkingDays` or `dueDate`, not both', { path });
    }
    if (input.dueDate !== undefined) {
      if (input.dueDate < today)
        throw new ValidationError('cases.task.due_in_past', 'A task cannot be due before today', { path: [...path, 'dueDate'] });
      return input.dueDate;
    }
    if (input.dueInWorkingDays !== undefined) return addWorkingDays(today, input.dueInWorkingDays, { division: caseType.division });
    return undefined;
  };

  const checkAssignee = (record: CaseRecord, person: { organisationId: string }, path: string[]) => {
    if (!involves(record, person.organisationId)) {
      throw new ConflictError(
        'cases.task.organisation_not_involved',
        `"${person.organisationId}" has no one on this case: add them to the team first`,
        {
          path,
        },
      );
    }
  };

  const remind = async (tx: Transaction, caseType: CaseType, stored: StoredRecord<TaskRecord>) => {
    const task = stored.data;
    if (task.assigneeId === null || task.remindBefore === null || task.status === 'done' || task.status === 'cancelled') return;
    const day = addWorkingDays(task.dueDate, -task.remindBefore, { division: caseType.division });
    const at = londonMorning(day);
    const payload: TaskReminderPayload = {
      taskId: stored.id,
      taskVersion: stored.version,
      caseId: task.caseId,
      assigneeId: task.assigneeId,
      dueDate: task.dueDate,
    };
    await tx.outbox.enqueue({
      topic: TASK_REMINDER_TOPIC,
      payload,
      availableAt: at.getTime() < clock().getTime() ? clock() : at,
      idempotencyKey: `cases:task:${stored.id}:${stored.version}:reminder`,
    });
  };

  const audit = async (tx: Transaction, actor: Actor, stored: StoredRecord<TaskRecord>, action: string, detail: JsonObject | undefined) => {
    const task = stored.data;
    await tx.audit.append({
      actor: actor.userId,
      action,
      collection: CASES_COLLECTION,
      recordId: task.caseId,
      metadata: {
        task: stored.id,
        taskVersion: stored.version,
        status: task.status,
        dueDate: task.dueDate,
        assignee: task.assigneeId,
        // Read by the timeline: the entry is seen where the task is.
        organisation: task.organisationId,
        sharedWith:
          task.assigneeOrganisation === null || task.assigneeOrganisation === task.organisationId ? [] : [task.assigneeOrganisation],
      },
      ...(detail === undefined ? {} : { after: detail }),
    });
  };

  return {
    async addTask(input) {
      const args = parseInput(addTaskSchema, input, { path: ['input'], codePrefix: 'cases.task' });
      return store.transaction(async (tx) => {
        const stored = await readCase(tx, args.caseId, args.actor);
        const caseType = typeOf(stored.data);
        assertCanPerform(caseType, rolesOn(stored.data, args.actor), 'manageTasks');
        if (args.assignee !== undefined) checkAssignee(stored.data, args.assignee, ['input', 'assignee', 'organisationId']);
        const due = dueFrom(caseType, args, ['input']);
        if (due === undefined) {
          throw new ValidationError('cases.task.due_missing', 'Say when the task is due: `dueInWorkingDays` or `dueDate`', {
            path: ['input', 'dueInWorkingDays'],
          });
        }
        const task = await tasksOf(tx).insert({
          caseId: stored.id,
          title: args.title.trim(),
          assigneeId: args.assignee?.userId ?? null,
          assigneeOrganisation: args.assignee?.organisationId ?? null,
          dueDate: due,
          status: 'open',
          remindBefore: args.remindBefore === undefined ? 1 : args.remindBefore,
          reminderFor: 1,
          organisationId: args.actor.organisationId,
          createdBy: args.actor.userId,
          createdAt: now(),
          completedAt: null,
        });
        await audit(tx, args.actor, task, 'case.task_added', { title: task.data.title });
        await remind(tx, caseType, task);
        return toTask(task);
      });
    },

    async updateTask(input) {
      const args = parseInput(updateTaskSchema, input, { path: ['input'], codePrefix: 'cases.task' });
      return store.transaction(async (tx) => {
        const current = await tasksOf(tx).get(args.taskId);
        if (current === undefined || !mayReadTask(current.data, args.actor.organisationId)) {
          throw new NotFoundError('cases.task.not_found', 'There is no task with this id that you can see', { path: ['input', 'taskId'] });
        }
        const stored = await readCase(tx, current.data.caseId, args.actor);
        const caseType = typeOf(stored.data);
        const roles = rolesOn(stored.data, args.actor);
        const ownTask = current.data.assigneeId === args.actor.userId && current.data.assigneeOrganisation === args.actor.organisationId;
        const onlyStatus =
          args.assignee === undefined &&
          args.dueDate === undefined &&
          args.dueInWorkingDays === undefined &&
          args.remindBefore === undefined;
        // The assignee may report progress on their own task; anything more is task management.
        if (!(ownTask && onlyStatus)) assertCanPerform(caseType, roles, 'manageTasks');
        if (current.version !== args.expectedVersion) {
          throw new ConflictError(
            'cases.task.changed',
            'This task was changed by someone else since you loaded it: reload it and try again',
            {
              path: ['input', 'expectedVersion'],
              retryable: true,
            },
          );
        }
        if (args.assignee !== undefined && args.assignee !== null)
          checkAssignee(stored.data, args.assignee, ['input', 'assignee', 'organisationId']);
        const status = args.status ?? current.data.status;
        const next: { -readonly [K in keyof TaskRecord]: TaskRecord[K] } = {
          ...current.data,
          status,
          ...(args.assignee === undefined
            ? {}
            : { assigneeId: args.assignee?.userId ?? null, assigneeOrganisation: args.assignee?.organisationId ?? null }),
          dueDate: dueFrom(caseType, args, ['input']) ?? current.data.dueDate,
          remindBefore: args.remindBefore === undefined ? current.data.remindBefore : args.remindBefore,
          completedAt: status === 'done' ? (current.data.completedAt ?? now()) : null,
        };
        const moved =
          next.dueDate !== current.data.dueDate ||
          next.assigneeId !== current.data.assigneeId ||
          next.remindBefore !== current.data.remindBefore;
        if (moved) next.reminderFor = current.version + 1;
        const saved = await tasksOf(tx).update(current.id, current.version, next);
        await audit(tx, args.actor, saved, 'case.task_changed', undefined);
        if (moved) await remind(tx, caseType, saved);
        return toTask(saved);
      });
    },

    async listTasks(input) {
      const args = parseInput(listTasksSchema, input, { path: ['input'], codePrefix: 'cases.tasks' });
      const stored = await readCase(store, args.caseId, args.actor);
      const today = toIsoDate(clock());
      return (await readableTasks(store, stored.id, args.actor.organisationId)).map((task) => ({
        ...task,
        overdue: (task.status === 'open' || task.status === 'in-progress') && task.dueDate < today,
      }));
    },

    async isReminderCurrent(payload) {
      const parsed = reminderSchema.safeParse(payload);
      if (!parsed.success) return false;
      const task = await tasksOf(store).get(parsed.data.taskId);
      if (task === undefined || task.version < parsed.data.taskVersion) return false;
      const open = task.data.status === 'open' || task.data.status === 'in-progress';
      // A status change alone keeps the reminder; a new due date or assignee queued a fresh one.
      return open && task.data.reminderFor === parsed.data.taskVersion;
    },
  };
}
