/**
 * `@civicbricks/cases/service`: cases kept in `@civicbricks/storage` (memory,
 * PGlite or PostgreSQL), changed only through permitted, audited steps with
 * optimistic concurrency. For servers.
 */
export { createCaseService, type CaseService, type CaseServiceOptions } from './case-service.js';
export {
  DEFAULT_MAX_DOCUMENT_BYTES,
  DOCUMENT_TYPES,
  safeFilename,
  sniffDocumentType,
  type DocumentDownload,
  type DocumentSettings,
  type DocumentType,
} from './documents.js';
export { londonMorning, TASK_REMINDER_TOPIC, type TaskReminderPayload } from './tasks.js';
export { SERVICE_OPERATIONS, type ServiceOperation, type ServiceRoles } from './context.js';
export {
  ORGANISATION_KINDS,
  ORGANISATIONS_COLLECTION,
  STAFF_COLLECTION,
  type Organisation,
  type OrganisationKind,
  type StaffMember,
} from './organisations.js';
export { type PersonCase, type PersonOverview, type RecordedPerson } from './people.js';
export { type PossibleDuplicatePair } from './duplicates.js';
export { postcodeKey } from './person-store.js';
export {
  CASES_COLLECTION,
  CONSENT_CHANNELS,
  DOCUMENT_CONTENT_COLLECTION,
  DOCUMENTS_COLLECTION,
  LEGAL_BASES,
  NOTES_COLLECTION,
  PEOPLE_COLLECTION,
  PERSON_LINKS_COLLECTION,
  PERSON_SOURCES,
  personLinkRecord,
  personRecord,
  POSSIBLE_DUPLICATES_COLLECTION,
  SHARES_COLLECTION,
  TASK_STATUSES,
  TASKS_COLLECTION,
  type Actor,
  type Assignee,
  type CaseDocument,
  type CaseNote,
  type CaseShare,
  type CaseTask,
  type CaseView,
  type LeadSpell,
  type LegalBasis,
  type PersonLink,
  type PersonLinkRecord,
  type PersonRecord,
  type PersonSource,
  type PersonView,
  type PossibleDuplicate,
  type SharingBasis,
  type TaskStatus,
  type TeamMember,
  type TeamMemberInput,
  type TimelineEntry,
} from './records.js';
