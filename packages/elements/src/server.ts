/**
 * Server render functions: the same GOV.UK markup the elements render, as an
 * HTML string, so a page works with JavaScript off and the element enhances
 * it when it loads. They run the components' own Lit templates through Lit's
 * server renderer, so the two can never drift apart.
 *
 * Node only. Each function validates its options and throws a typed
 * `ValidationError` naming the option that is wrong.
 */
export type { RenderContext } from './lib/server-render.js';
export { renderButton } from './components/button/button.server.js';
export { renderErrorSummary } from './components/error-summary/error-summary.server.js';
export { renderTextInput } from './components/text-input/text-input.server.js';
