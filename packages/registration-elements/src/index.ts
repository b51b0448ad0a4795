/**
 * @civicbricks/registration-elements: registration journeys on the page.
 * Importing this module defines nothing; import `./define` to register `<civic-journey>` and the elements it uses.
 */
export { CivicJourney, type JourneySubmitDetail } from './journey.js';
export { pageModel, type FieldModel, type GroupModel, type PageModel, type PageModelInput } from './model.js';
export {
  ACTION_FIELD,
  applyItemAction,
  CSRF_FIELD,
  fieldId,
  fieldName,
  inputFromAnswer,
  inputsFromAnswers,
  pageAction,
  postedAnswers,
  type FormEntries,
  type PageAction,
  type RawInput,
  type RawItem,
} from './form.js';
export { journeyMessages, type JourneyMessageKey } from './messages.js';
export { JOURNEY_STATE_ATTRIBUTE, type JourneyState } from './state.js';
