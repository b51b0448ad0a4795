/**
 * SLA due dates in working days. A due date is a plain `YYYY-MM-DD` date (the
 * last working day), counted from the Europe/London date of submission, which
 * itself never counts: "within 20 working days of submission".
 */
import { addWorkingDays, toIsoDate, type IsoDate } from '@civicbricks/core/working-days';
import type { CaseType } from './case-type.js';

/** Where a case stands against one SLA rule. */
export type SlaStatus = 'due' | 'overdue' | 'met' | 'missed';

/** One SLA rule as a case carries it. */
export interface CaseSla {
  readonly rule: string;
  readonly dueDate: string;
  /** When the case entered a state that stops the rule's clock; null while it runs. */
  readonly metAt: string | null;
}

/** The due date of each of the case type's SLA rules for a case submitted at `submittedAt`. */
export function slaDueDates(caseType: CaseType, submittedAt: Date): readonly { readonly rule: string; readonly dueDate: IsoDate }[] {
  const submitted = toIsoDate(submittedAt);
  return Object.entries(caseType.sla).map(([rule, definition]) => ({
    rule,
    dueDate: addWorkingDays(submitted, definition.workingDays, { division: definition.division ?? caseType.division }),
  }));
}

/** The rules whose clock stops on entering these active states (a stop state or a state inside one). */
export function slaRulesStoppedBy(caseType: CaseType, state: readonly string[]): ReadonlySet<string> {
  return new Set(
    Object.entries(caseType.sla)
      .filter(([, definition]) => definition.stopStates.some((stop) => state.includes(stop)))
      .map(([rule]) => rule),
  );
}

/**
 * Met or missed once the clock stopped (on or before the due date, in
 * Europe/London); otherwise overdue once the due date has passed, else due.
 */
export function slaStatus(sla: CaseSla, now: Date): SlaStatus {
  if (sla.metAt !== null) return toIsoDate(new Date(sla.metAt)) <= sla.dueDate ? 'met' : 'missed';
  return toIsoDate(now) > sla.dueDate ? 'overdue' : 'due';
}
