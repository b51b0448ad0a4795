/**
 * `@civicbricks/cases/service`: cases kept in `@civicbricks/storage` (memory,
 * PGlite or PostgreSQL), changed only through permitted, audited steps with
 * optimistic concurrency. For servers.
 */
export { createCaseService, type CaseService, type CaseServiceOptions } from './case-service.js';
export { SERVICE_OPERATIONS, type ServiceOperation, type ServiceRoles } from './context.js';
export {
  ORGANISATION_KINDS,
  ORGANISATIONS_COLLECTION,
  STAFF_COLLECTION,
  type Organisation,
  type OrganisationKind,
  type StaffMember,
} from './organisations.js';
export { postcodeKey, type PersonCase, type PersonOverview } from './people.js';
export {
  CASES_COLLECTION,
  CONSENT_CHANNELS,
  LEGAL_BASES,
  NOTES_COLLECTION,
  PEOPLE_COLLECTION,
  PERSON_LINKS_COLLECTION,
  PERSON_SOURCES,
  personLinkRecord,
  personRecord,
  SHARES_COLLECTION,
  type Actor,
  type CaseNote,
  type CaseShare,
  type CaseView,
  type LeadSpell,
  type LegalBasis,
  type PersonLink,
  type PersonLinkRecord,
  type PersonRecord,
  type PersonSource,
  type PersonView,
  type SharingBasis,
  type TeamMember,
  type TeamMemberInput,
  type TimelineEntry,
} from './records.js';
