export * from '../src/index.js';
export type { Issue } from '@civicbricks/core/errors';
