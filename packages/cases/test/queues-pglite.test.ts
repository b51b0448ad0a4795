/**
 * Work queues, search and figures on PGlite: the same suite as on the memory
 * store, through the declared expression indexes and real SQL. One PGlite
 * instance for the file, a fresh schema per test.
 */
import { PGlite } from '@electric-sql/pglite';
import { createStore, type Store } from '@civicbricks/storage';
import { afterAll, afterEach } from 'vitest';
import { runQueueSuite } from './queue-suite.js';

let pglite: PGlite | undefined;
let schemas = 0;
const open: Store[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
});
afterAll(async () => {
  await pglite?.close();
});

runQueueSuite('PGlite', async () => {
  pglite ??= new PGlite();
  const store = await createStore({ adapter: 'pglite', pglite, schema: `q_${process.pid}_${++schemas}` });
  open.push(store);
  return store;
});
