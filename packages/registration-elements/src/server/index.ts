/**
 * `@civicbricks/registration-elements/server`: journey pages as HTML and a request handler that serves
 * a whole journey with JavaScript off. Node only.
 */
export {
  createJourneyHandler,
  DEFAULT_CONTENT_SECURITY_POLICY,
  JOURNEY_SESSIONS,
  type JourneyHandler,
  type JourneyHandlerOptions,
} from './handler.js';
export { renderDocument, type DocumentOptions } from './document.js';
export { escapeHtml, JOURNEY_BACK_LINK_ID, renderBackLinkSlot, renderPageHtml, type RenderPageOptions } from '../render-html.js';
export { replayAnswers, type ReplayResult } from '../replay.js';
