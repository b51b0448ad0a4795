/**
 * SLA figures for a case type, the ones a service publishes: how many cases
 * are open, how many are past a due date, how long decisions took in working
 * days and what share came within the rule. Computed from the case records:
 * each rule's `metAt` is written in the same transaction as the audit entry
 * of the action that entered the stop state, so it is the time the audit log
 * gives for the decision.
 */
import { ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import { toIsoDate, workingDaysBetween, type IsoDate } from '@civicbricks/core/working-days';
import type { Store } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { requireCaseType } from '../case-type.js';

const CASES_COLLECTION = 'cases.case';
const READ_PAGE = 500;

const caseSchema = z.object({
  caseType: z.string(),
  ownerOrganisationId: z.string(),
  submittedAt: z.string(),
  status: z.enum(['active', 'done']),
  sla: z.array(z.object({ rule: z.string(), dueDate: z.string(), metAt: z.nullable(z.string()) })),
});

const inputSchema = z.strictObject({
  store: z.custom<Store>((value) => typeof value === 'object' && value !== null && 'collection' in value, 'Pass a store from createStore'),
  caseType: z.unknown(),
  /** Cases of this owning organisation only; every organisation's when absent. */
  ownerOrganisationId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** Only decisions made on or after this date (Europe/London) count in the decision figures. */
  decidedFrom: z.optional(z.iso.date('`decidedFrom` must be a date written YYYY-MM-DD')),
  /** Only decisions made on or before this date. */
  decidedTo: z.optional(z.iso.date('`decidedTo` must be a date written YYYY-MM-DD')),
  /** The moment the figures are for ("overdue" means past due on this day); now when absent. */
  at: z.optional(z.custom<Date>((value) => value instanceof Date && !Number.isNaN(value.getTime()), '`at` must be a valid Date')),
});

/** Working days from submission to decision, over the decided cases. */
export interface DecisionTimes {
  readonly median: number;
  readonly mean: number;
  readonly longest: number;
}

/** One SLA rule's figures. */
export interface SlaRuleFigures {
  readonly rule: string;
  readonly label: string;
  readonly workingDays: number;
  /** Open cases whose clock for this rule still runs. */
  readonly running: number;
  /** Of those, the ones past their due date. */
  readonly overdue: number;
  /** Cases whose clock stopped (in the decided period, if one was given). */
  readonly decided: number;
  /** Of those, decided on or before the due date. */
  readonly decidedWithin: number;
  /** `decidedWithin / decided`, or null when nothing was decided. */
  readonly shareWithin: number | null;
  readonly timeToDecision: DecisionTimes | null;
}

export interface SlaFigures {
  readonly caseType: string;
  readonly asOf: IsoDate;
  /** Cases not yet finished. */
  readonly open: number;
  /** Open cases past the due date of any rule still running. */
  readonly overdue: number;
  readonly rules: readonly SlaRuleFigures[];
}

/** Computes the SLA figures of one case type from the stored cases. Reads every case of the type, a page at a time. */
export async function slaFigures(input: z.input<typeof inputSchema>): Promise<SlaFigures> {
  const args = parseInput(inputSchema, input, { path: ['input'], codePrefix: 'cases.figures' });
  const caseType = requireCaseType(args.caseType, ['input', 'caseType']);
  if (args.decidedFrom !== undefined && args.decidedTo !== undefined && args.decidedFrom > args.decidedTo) {
    throw new ValidationError('cases.figures.period', '`decidedFrom` must not be after `decidedTo`', { path: ['input', 'decidedFrom'] });
  }
  const today = toIsoDate(args.at ?? new Date());
  const rules = Object.entries(caseType.sla).map(([rule, definition]) => ({
    rule,
    definition,
    division: definition.division ?? caseType.division,
    running: 0,
    overdue: 0,
    within: 0,
    times: [] as number[],
  }));
  let open = 0;
  let overdue = 0;
  const cases = args.store.collection(CASES_COLLECTION, caseSchema);
  const where = {
    caseType: caseType.id,
    ...(args.ownerOrganisationId === undefined ? {} : { ownerOrganisationId: args.ownerOrganisationId }),
  };
  let cursor: string | undefined;
  do {
    const page = await cases.list({ where, limit: READ_PAGE, ...(cursor === undefined ? {} : { cursor }) });
    for (const { data } of page.items) {
      const active = data.status === 'active';
      if (active) open += 1;
      let late = false;
      const submitted = toIsoDate(new Date(data.submittedAt));
      for (const figures of rules) {
        const sla = data.sla.find((entry) => entry.rule === figures.rule);
        if (sla === undefined) continue;
        if (sla.metAt === null) {
          if (!active) continue;
          figures.running += 1;
          if (today > sla.dueDate) {
            figures.overdue += 1;
            late = true;
          }
          continue;
        }
        const decided = toIsoDate(new Date(sla.metAt));
        if ((args.decidedFrom !== undefined && decided < args.decidedFrom) || (args.decidedTo !== undefined && decided > args.decidedTo))
          continue;
        figures.times.push(workingDaysBetween(submitted, decided, { division: figures.division }));
        if (decided <= sla.dueDate) figures.within += 1;
      }
      if (late) overdue += 1;
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);

  return {
    caseType: caseType.id,
    asOf: today,
    open,
    overdue,
    rules: rules.map((figures) => ({
      rule: figures.rule,
      label: figures.definition.label,
      workingDays: figures.definition.workingDays,
      running: figures.running,
      overdue: figures.overdue,
      decided: figures.times.length,
      decidedWithin: figures.within,
      shareWithin: figures.times.length === 0 ? null : figures.within / figures.times.length,
      timeToDecision: decisionTimes(figures.times),
    })),
  };
}

function decisionTimes(times: readonly number[]): DecisionTimes | null {
  if (times.length === 0) return null;
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length, longest: sorted.at(-1) ?? 0 };
}
