/**
 * The stress suite on PGlite: its own instance (one per file), a fresh schema
 * per test.
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll } from 'vitest';
import { createStore } from '../src/index.js';
import { runSqlStressSuite } from './stress-suite.js';
import { rawSqlOnPglite } from './support/raw-sql.js';

let shared: PGlite | undefined;
let schemas = 0;

async function sharedPglite(): Promise<PGlite> {
  if (!shared) {
    shared = new PGlite();
    await shared.waitReady;
  }
  return shared;
}

const newSchema = (): string => `s_${process.pid}_${++schemas}`;

afterAll(async () => {
  await shared?.close();
});

runSqlStressSuite(
  'pglite',
  () => ({
    newSchema,
    createStore: async (options = {}) =>
      createStore({ adapter: 'pglite', pglite: await sharedPglite(), schema: options.schema ?? newSchema() }),
    raw: rawSqlOnPglite(sharedPglite),
  }),
  { tamperPositions: 4 },
);
