/**
 * `@civicbricks/payments/sandbox-page`: the sandbox's own card page, for a
 * Node server. Server-rendered, English and Welsh, works with JavaScript off.
 */
export { createSandboxCardPage, type SandboxCardPage, type SandboxCardPageOptions } from './card-page.js';
