// A separate process that opens a PGlite data directory, for the lock tests: it answers one JSON line per
// command read from stdin ("write <reference>", "read", "close"), so a test can hold the directory open in
// another process, use it, and kill that process while it holds the lock.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createStore, type Store } from '../../src/index.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: lock-child <dataDir>');
const say = (message: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(message)}\n`);
const schema = z.object({ reference: z.string() });

let store: Store;
try {
  store = await createStore({ adapter: 'pglite', dataDir });
} catch (error) {
  const { code, owner, message } = error as { code?: string; owner?: unknown; message: string };
  say({ type: 'refused', code, owner, message });
  process.exit(3);
}
say({ type: 'open' });
const cases = store.collection('cases.case', schema);
for await (const line of createInterface({ input: process.stdin })) {
  const [command, argument] = line.split(' ');
  if (command === 'write') {
    await cases.insert({ reference: argument ?? '' });
    say({ type: 'written' });
  } else if (command === 'read') {
    say({ type: 'rows', references: (await cases.list()).items.map((record) => record.data.reference).sort() });
  } else if (command === 'close') {
    await store.close();
    say({ type: 'closed' });
    process.exit(0);
  }
}
