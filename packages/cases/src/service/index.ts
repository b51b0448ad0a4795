/**
 * `@civicbricks/cases/service`: cases kept in `@civicbricks/storage` (memory,
 * PGlite or PostgreSQL), changed only through permitted, audited steps with
 * optimistic concurrency. For servers.
 */
export { createCaseService, type CaseService, type CaseServiceOptions } from './case-service.js';
export {
  CASES_COLLECTION,
  NOTES_COLLECTION,
  type Actor,
  type CaseNote,
  type CaseView,
  type LeadSpell,
  type TeamMember,
  type TeamMemberInput,
  type TimelineEntry,
} from './records.js';
