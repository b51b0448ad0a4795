// Storage benchmark: the built @civicbricks/storage on PGlite and on a real PostgreSQL server, side by side.
// Fixed counts, one caller at a time (the latency a request sees, not the server's throughput under load).
// Build first: CIVIC_BUILD_ONLY=@civicbricks/storage node_modules/.bin/rollup -c --silent
// PostgreSQL: DATABASE_URL's server (in a fresh database), or a throwaway server started from the local
// binaries with the test harness (packages/storage/test/support/postgres.ts, bundled here with esbuild).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './lib/run.mjs';

const dist = join(root, 'packages/storage/dist/index.js');
if (!existsSync(dist)) {
  console.log(
    '@civicbricks/storage: not built, skipped (run `CIVIC_BUILD_ONLY=@civicbricks/storage node_modules/.bin/rollup -c --silent`)',
  );
  process.exit(0);
}
const { createStore, sql } = await import(pathToFileURL(dist).href);
const { z } = createRequire(join(root, 'packages/storage/package.json'))('zod');
const Case = z.looseObject({ reference: z.string(), status: z.enum(['open', 'closed']) });

const WRITES = Number(process.env.BENCH_STORAGE_WRITES ?? 2000);
const RECORDS = Number(process.env.BENCH_STORAGE_RECORDS ?? 100_000);

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function median(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push(await timed(fn));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Runs every case on one store; returns name → formatted figure. */
async function measure(store) {
  const out = new Map();
  const cases = store.collection('bench.case', Case);
  const rate = (ms) => `${Math.round((WRITES * 1000) / ms).toLocaleString('en-GB')} /s`;

  out.set(
    'inserts',
    rate(
      await timed(async () => {
        for (let i = 0; i < WRITES; i += 1) await cases.insert({ reference: `CB-${i}`, status: 'open' });
      }),
    ),
  );

  let record = await cases.insert({ reference: 'CB-U', status: 'open', n: 0 });
  out.set(
    'versioned updates (one record)',
    rate(
      await timed(async () => {
        for (let i = 0; i < WRITES; i += 1)
          record = await cases.update(record.id, record.version, { reference: 'CB-U', status: 'open', n: i });
      }),
    ),
  );

  out.set(
    'audit appends',
    rate(
      await timed(async () => {
        for (let i = 0; i < WRITES; i += 1)
          await store.audit.append({
            actor: 'staff:1',
            action: 'case.noted',
            collection: 'bench.case',
            recordId: record.id,
            metadata: { i },
          });
      }),
    ),
  );

  // Bulk-load RECORDS records in one statement, through a migration (the public way to run SQL).
  const loadMs = await timed(() =>
    store.migrate({
      brick: 'bench',
      migrations: [
        {
          version: 1,
          name: 'bulk-load',
          up: async ({ sql: db }) => {
            await db.execute(sql`insert into civic_records (collection, id, version, data, created_at, updated_at)
              select 'bench.big', 'r' || g, 1,
                jsonb_build_object('reference', 'CB-' || g, 'status', case when g % 1000 = 0 then 'closed' else 'open' end, 'priority', g % 5),
                now(), now()
              from generate_series(1, ${RECORDS}::int) as g`);
            await db.execute(sql`analyze civic_records`);
          },
        },
      ],
    }),
  );
  out.set(`bulk load ${RECORDS.toLocaleString('en-GB')} records`, `${Math.round(loadMs)} ms`);
  const big = store.collection('bench.big', Case);
  const ms = (value) => `${value.toFixed(1)} ms`;
  out.set('list: first page of 50', ms(await median(7, () => big.list({ limit: 50 }))));
  out.set(
    'list: page 50, filter status (0.1% match, no index)',
    ms(await median(5, () => big.list({ where: { status: 'closed' }, limit: 50 }))),
  );
  out.set(
    `list: walk all ${RECORDS.toLocaleString('en-GB')} (pages of 500)`,
    ms(
      await median(3, async () => {
        let cursor;
        let seen = 0;
        do {
          const page = await big.list({ limit: 500, ...(cursor ? { cursor } : {}) });
          seen += page.items.length;
          cursor = page.nextCursor;
        } while (cursor);
        if (seen !== RECORDS) throw new Error(`walked ${seen} records, expected ${RECORDS}`);
      }),
    ),
  );
  return out;
}

const columns = [];
console.log(
  `\n@civicbricks/storage: ${WRITES.toLocaleString('en-GB')} sequential writes per case; list over ${RECORDS.toLocaleString('en-GB')} records`,
);

const pglite = await createStore({ adapter: 'pglite' });
try {
  columns.push({ title: 'PGlite', figures: await measure(pglite) });
} finally {
  await pglite.close();
}

const bundleDir = mkdtempSync(join(tmpdir(), 'civic-bench-storage-'));
let server;
try {
  const esbuild = createRequire(join(root, 'package.json'))('esbuild');
  const outfile = join(bundleDir, 'postgres-harness.mjs');
  await esbuild.build({
    entryPoints: [join(root, 'packages/storage/test/support/postgres.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    external: ['pg-native'],
    banner: { js: "import { createRequire as __civicRequire } from 'node:module'; const require = __civicRequire(import.meta.url);" },
  });
  const harness = await import(pathToFileURL(outfile).href);
  const availability = harness.detectPostgres();
  if (!availability.available) throw new Error(availability.reason);
  server = await harness.startPostgres(availability);
} catch (error) {
  columns.push({ title: 'PostgreSQL', skipped: `skipped: ${error instanceof Error ? error.message.split('\n')[0] : error}` });
}
if (server) {
  try {
    const store = await createStore({ adapter: 'postgres', connectionString: server.connectionString });
    try {
      columns.push({ title: 'PostgreSQL', figures: await measure(store) });
    } finally {
      await store.close();
    }
  } finally {
    await server.stop();
  }
}
rmSync(bundleDir, { recursive: true, force: true });

const names = [...columns[0].figures.keys()];
const width = Math.max(...names.map((name) => name.length));
console.log(`  ${''.padEnd(width)}  ${columns.map((column) => column.title.padStart(14)).join('  ')}`);
for (const name of names) {
  console.log(`  ${name.padEnd(width)}  ${columns.map((column) => (column.figures?.get(name) ?? '').padStart(14)).join('  ')}`);
}
for (const column of columns) if (column.skipped) console.log(`  ${column.title}: ${column.skipped}`);
