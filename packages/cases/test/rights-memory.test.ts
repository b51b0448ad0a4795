import { createStore, type Store } from '@civicbricks/storage';
import { beforeAll } from 'vitest';
import { runRightsSuite } from './rights-suite.js';

let store: Store;
beforeAll(async () => {
  store = await createStore({ adapter: 'memory' });
});

runRightsSuite('the memory store', () => store);
