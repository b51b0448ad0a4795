export * from './validators/index.js';
export {
  validateAnswer,
  DEFAULT_MAX_ITEMS,
  itemLimit,
  formatDate,
  localText,
  type AnswerError,
  type AnswerResult,
  type AnswerValue,
  type AddressAnswer,
  type DatePart,
  type ValidateAnswerOptions,
} from './questions.js';
export * from './schema.js';
export { DateRefSchema, resolveDateRef, type DateRef } from './dates.js';
export { questionMessages } from './messages.js';
export { validateJourney, evaluateCondition } from './journey.js';
export {
  answerPage,
  answersOnPath,
  answersToSubmit,
  checkYourAnswers,
  createJourney,
  isComplete,
  IncompleteJourneyError,
  isPageOnPath,
  missingPages,
  journeyPath,
  nextPage,
  PREFILLED_KEY,
  RETURN_TO_CHECK_ANSWERS,
  unconfirmedPrefill,
  type AnswerPageOptions,
  type AnswerPageResult,
  type Answers,
  type CheckAnswersOptions,
  type CheckAnswersRow,
  type EngineOptions,
  type Journey,
  type JourneyPath,
} from './engine.js';
export {
  prefillAnswers,
  CitizenProfileSchema,
  ConsentRecordSchema,
  PERSON_ID,
  type CitizenProfile,
  type ConsentChannel,
  type ConsentRecord,
  type PrefillOptions,
  type PrefillResult,
  type PrefillStatus,
} from './prefill.js';
