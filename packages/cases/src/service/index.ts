/**
 * `@civicbricks/cases/service`: cases kept in `@civicbricks/storage` (memory,
 * PGlite or PostgreSQL), changed only through permitted, audited steps with
 * optimistic concurrency. For servers.
 */
export {
  CASES_COLLECTION,
  createCaseService,
  NOTES_COLLECTION,
  type Actor,
  type CaseNote,
  type CaseService,
  type CaseServiceOptions,
  type CaseView,
  type LeadSpell,
  type TeamMember,
  type TeamMemberInput,
  type TimelineEntry,
} from './case-service.js';
