/**
 * `@civicbricks/service`: a public service from one JSON manifest. The manifest's schema and its checks across
 * bricks, the HTTP runtime (citizen and staff pages on Fastify), staff accounts, and the `civicbricks` command.
 * Node only.
 */
export {
  LocalTextSchema,
  MANIFEST_VERSION,
  ManifestSchema,
  PermissionSchema,
  manifestJsonSchema,
  type LocalText,
  type Manifest,
  type ManifestInput,
  type Permission,
  type SendRule,
  type StaffRole,
} from './manifest/schema.js';
export {
  BUILT_IN_PLACEHOLDERS,
  checkManifest,
  loadManifest,
  type CheckOptions,
  type ServiceDefinition,
  type ServiceJourney,
} from './manifest/load.js';
export { checkPublicUrl, createService, type Service, type ServiceOptions } from './runtime/server.js';
export {
  createAccounts,
  generatePassword,
  MIN_PASSWORD_LENGTH,
  SESSION_IDLE_MS,
  STAFF_SESSIONS,
  STAFF_USERS,
  type Accounts,
  type NewStaffUser,
  type StaffUser,
} from './runtime/accounts.js';
export { csvCell, eraseExpired, registerCsv } from './runtime/register.js';
