/**
 * The case service: cases kept in `@civicbricks/storage`, changed only through
 * checked, permitted, audited steps.
 *
 * - Every change runs in one `store.transaction`: read the case, check the
 *   caller may do it, apply it (a workflow step where it is an action), write
 *   the record with `update(id, versionRead, …)`, append the audit entry and
 *   queue any workflow commands in the outbox. A write that finds the case
 *   changed since it was read is a `CaseChangedError`, never an overwrite; so is
 *   an `expectedVersion` (what the person's page showed) that is no longer current.
 * - Who sees what: a case is seen by its owning organisation and by the
 *   organisations with a member on its team; to anyone else it does not exist
 *   (`cases.case_not_found`). People of the owning organisation act with their
 *   organisation roles and their role on the case; people of other
 *   organisations with their role on the case only, so a manager elsewhere is
 *   not a manager here.
 * - One lead professional: none until allocated, then always exactly one.
 *   Transferring needs a reason, and the history keeps every lead with when and why.
 * - Notes are internal to their author's organisation unless shared with named
 *   organisations; no query returns a note to an organisation it was not shared with.
 * - Audit metadata holds only ids, names of fields and states, and counts;
 *   field values, note text and transfer reasons go in the erasable detail.
 */
import { ValidationError } from '@civicbricks/core/errors';
import type { RandomSource } from '@civicbricks/core/reference';
import { parseInput } from '@civicbricks/core/validation';
import type { Store, StoredRecord, Transaction } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { requireCaseType, type CaseType } from '../case-type.js';
import { caseMethods, type CaseMethods } from './cases.js';
import { assignmentMethods, type AssignmentMethods } from './assignment.js';
import { documentMethods, DOCUMENT_TYPES, type DocumentMethods, type DocumentSettings, type DocumentType } from './documents.js';
import { duplicateMethods, type DuplicateMethods } from './duplicates.js';
import type { MatchingOptions } from '../matching.js';
import { createContext, SERVICE_OPERATIONS, type ServiceRoles } from './context.js';
import { organisationMethods, type OrganisationMethods } from './organisations.js';
import { peopleMethods, type PeopleMethods } from './people.js';
import { shareMethods, type ShareMethods } from './shares.js';
import { taskMethods, type TaskMethods } from './tasks.js';
import { noteMethods, type NoteMethods } from './notes.js';
import { teamMethods, type TeamMethods } from './team.js';
import { timelineMethods, type TimelineMethods } from './timeline.js';

export interface CaseServiceOptions {
  readonly store: Store;
  readonly caseTypes: readonly CaseType[];
  /** Defaults to the system clock; tests pass their own. */
  readonly clock?: () => Date;
  /** Random bytes for case references; only tests should need this. */
  readonly random?: RandomSource;
  /**
   * Who may do what is not about one case: manage the directory of
   * organisations and staff, record people, decide possible duplicates, export
   * what is held on a person and erase it. Roles in the actor's own
   * organisation; an operation not listed is allowed to nobody.
   */
  readonly serviceRoles?: ServiceRoles;
  /**
   * When true, a lead professional or team member must be active staff of
   * their organisation in the directory (`registerOrganisation`,
   * `setStaffRoles`). Off by default for a service whose sign-in already
   * vouches for every worker.
   */
  readonly requireStaffRecords?: boolean;
  /** The size limit and allowed types of uploaded documents (10 MiB; PDF, PNG, JPEG, WebP and HEIC by default). */
  readonly documents?: DocumentSettings;
  /** How people are matched for possible duplicates: threshold, weights, extra name variants, typo tolerance. */
  readonly matching?: MatchingOptions;
  /**
   * Runs inside the transaction of every case write (open and every change),
   * after the record is written: for projections that must never lag the
   * case, such as the work-queue index (`createCaseIndexer` in `@civicbricks/cases/queues`).
   */
  readonly afterWrite?: (tx: Transaction, stored: StoredRecord<unknown>) => Promise<void>;
}

/** Everything the case service does, one part per file of this folder. */
export interface CaseService
  extends
    CaseMethods,
    TeamMethods,
    NoteMethods,
    TimelineMethods,
    OrganisationMethods,
    PeopleMethods,
    DuplicateMethods,
    ShareMethods,
    TaskMethods,
    DocumentMethods,
    AssignmentMethods {}

const optionsSchema = z.strictObject({
  store: z.custom<Store>((value) => typeof value === 'object' && value !== null && 'transaction' in value, 'Pass a store from createStore'),
  caseTypes: z.array(z.unknown()).check(z.minLength(1, 'Give at least one case type')),
  clock: z.optional(z.custom<() => Date>((value) => typeof value === 'function', '`clock` must be a function returning a Date')),
  random: z.optional(z.custom<RandomSource>((value) => typeof value === 'function', '`random` must be a function')),
  serviceRoles: z.optional(z.partialRecord(z.enum(SERVICE_OPERATIONS), z.array(z.string().check(z.minLength(1))))),
  requireStaffRecords: z.optional(z.boolean()),
  matching: z.optional(
    z.strictObject({
      threshold: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
      weights: z.optional(
        z.strictObject({
          familyName: z.optional(z.number().check(z.minimum(0))),
          givenName: z.optional(z.number().check(z.minimum(0))),
          dateOfBirth: z.optional(z.number().check(z.minimum(0))),
          postcode: z.optional(z.number().check(z.minimum(0))),
        }),
      ),
      nameVariants: z.optional(
        z.array(z.array(z.string().check(z.minLength(1))).check(z.minLength(2, 'A group of name variants needs at least two names'))),
      ),
      typos: z.optional(z.boolean()),
    }),
  ),
  afterWrite: z.optional(
    z.custom<NonNullable<CaseServiceOptions['afterWrite']>>((value) => typeof value === 'function', '`afterWrite` must be a function'),
  ),
  documents: z.optional(
    z.strictObject({
      maxBytes: z.optional(z.int('`maxBytes` must be a whole number of bytes').check(z.minimum(1), z.maximum(100 * 1024 * 1024))),
      allowedTypes: z.optional(z.array(z.enum(Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]])).check(z.minLength(1))),
    }),
  ),
});

/** Makes the case service. Case types must come from `createCaseType`; one version per id. */
export function createCaseService(options: CaseServiceOptions): CaseService {
  const parsed = parseInput(optionsSchema, options, { path: ['options'], codePrefix: 'cases.options' });
  const types = new Map<string, CaseType>();
  parsed.caseTypes.forEach((candidate, index) => {
    const caseType = requireCaseType(candidate, ['options', 'caseTypes', index]);
    if (types.has(caseType.id)) {
      throw new ValidationError(
        'cases.options.duplicate_case_type',
        `Two case types have the id "${caseType.id}": give one version of each`,
        {
          path: ['options', 'caseTypes', index],
        },
      );
    }
    types.set(caseType.id, caseType);
  });
  const context = createContext(parsed.store, types, parsed.clock ?? (() => new Date()), parsed.random, {
    serviceRoles: parsed.serviceRoles ?? {},
    requireStaffRecords: parsed.requireStaffRecords ?? false,
    ...(parsed.afterWrite === undefined ? {} : { afterWrite: parsed.afterWrite }),
  });
  return {
    ...caseMethods(context),
    ...teamMethods(context),
    ...noteMethods(context),
    ...timelineMethods(context),
    ...organisationMethods(context),
    ...peopleMethods(context, parsed.matching),
    ...duplicateMethods(context),
    ...shareMethods(context),
    ...taskMethods(context),
    ...documentMethods(context, parsed.documents),
    ...assignmentMethods(context),
  };
}
