import { createStore, type Store } from '@civicbricks/storage';
import { beforeAll } from 'vitest';
import { runCaseServiceSuite } from './service-suite.js';

let store: Store;
beforeAll(async () => {
  store = await createStore({ adapter: 'memory' });
});

runCaseServiceSuite('the memory store', () => store);
