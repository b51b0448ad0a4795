/**
 * `@civicbricks/cases/queues`: work queues, allocation by patch and skill, and
 * search, over the work-queue index the case service keeps in step through
 * `createCaseIndexer`. For servers.
 */
export {
  ANY_SKILL,
  createCaseIndexer,
  indexRecordsFor,
  patchFor,
  QUEUE_ENTRIES_COLLECTION,
  queueEntryIndexes,
  queueEntrySchema,
  SEARCH_KEYS_COLLECTION,
  searchKeyIndexes,
  searchKeySchema,
  skillFor,
  type QueueEntry,
  type SearchKey,
} from './case-index.js';
export { nameKeys, normaliseName, postcodeKey, postcodeParts } from './normalise.js';
export {
  createWorkQueues,
  SEARCH_LIMIT,
  type NotePreview,
  type QueueCell,
  type QueueHeader,
  type QueuePage,
  type QueueRow,
  type SearchPage,
  type Viewer,
  type WorkQueues,
  type WorkQueuesOptions,
} from './work-queues.js';
