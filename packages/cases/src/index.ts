/**
 * `@civicbricks/cases`: case types as JSON, checked once by {@link createCaseType},
 * and deny-by-default permissions over them. Runs in Node, browsers and workers.
 * The case service on `@civicbricks/storage` is in `@civicbricks/cases/service`.
 */
export {
  CASE_FLAGS,
  CASE_OPERATIONS,
  CaseActionSchema,
  CaseFieldSchema,
  CaseOperationsSchema,
  CaseTypeSchema,
  FieldAccessSchema,
  NAME_PATTERN,
  RetentionSchema,
  SlaRuleSchema,
  type CaseAction,
  type CaseField,
  type CaseFlag,
  type CaseOperation,
  type CaseTypeJson,
  type FieldAccess,
  type Retention,
  type SlaRule,
} from './schema.js';
export {
  checkFieldValues,
  createCaseType,
  isCaseType,
  requireCaseType,
  type CaseType,
  type CreateCaseTypeOptions,
  type FieldValue,
} from './case-type.js';
export {
  assertCanChangeFields,
  assertCanPerform,
  assertCanTakeAction,
  canPerform,
  canTakeAction,
  changeableFields,
  permittedActions,
  visibleFields,
} from './permissions.js';
export { CaseChangedError, CaseForbiddenError } from './errors.js';
export { slaDueDates, slaRulesStoppedBy, slaStatus, type CaseSla, type SlaStatus } from './sla.js';
export {
  createMatcher,
  DEFAULT_MATCH_THRESHOLD,
  matchPeople,
  normaliseName,
  type MatchablePerson,
  type MatchingOptions,
  type MatchReason,
  type MatchResult,
  type MatchWeights,
} from './matching.js';
