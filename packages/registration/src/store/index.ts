/**
 * `@civicbricks/registration/store`: the parts of registration that keep data, for Node only.
 *
 * Save and return (signed, expiring, revocable links to answers kept in storage), tell us once
 * (citizen profiles with consent records) and submission (a record, a reference and an outbox
 * event in one transaction, once per idempotency key). Everything here takes a store from
 * `@civicbricks/storage`'s `createStore`.
 */
export {
  createSaveAndReturn,
  DEFAULT_RESUME_DAYS,
  ResumeLinkError,
  SAVED_JOURNEYS,
  type ResumeLink,
  type ResumeLinkReason,
  type ResumeOptions,
  type SaveAndReturn,
  type SaveAndReturnOptions,
  type SavedJourney,
} from './save-and-return.js';
export { resumeMessages } from './messages.js';
export { createProfiles, CONSENTS, PROFILES, type Profiles, type StoredConsent } from './profiles.js';
export {
  getSubmission,
  REFERENCES,
  submitJourney,
  SUBMISSIONS,
  SUBMITTED_TOPIC,
  type SubmitOptions,
  type SubmittedEvent,
  type Submission,
} from './submit.js';
