// Payments benchmark: payments created and confirmed per second through the payment ledger on a store, with the
// sandbox provider and with the GOV.UK Pay adapter against the local fake GOV.UK Pay (loopback), on PGlite and on
// PostgreSQL; beside them, bare `fetch` calls to the same fake (create + get, no adapter, no ledger). One payment at
// a time: the latency a citizen's request sees, not the server's throughput under load.
// Each payment: ledger.start (a record, the provider's create, the audit), the test card paid (4242…), and
// ledger.confirm (the provider's GET, the move recorded and audited). The fake measures its own time, from a
// request's arrival to its answer's last byte, so the table shows how much of a payment is the fake's.
// Sources are bundled with esbuild (the `source` condition); no build needed.
// PostgreSQL: DATABASE_URL's server (in a fresh database), or a throwaway server started from the local binaries
// with the storage test harness; if neither is there, it is skipped and the reason printed.
import { join } from 'node:path';
import { bundleFromSource } from './lib/journey-bundle.mjs';
import { root } from './lib/run.mjs';

const COUNT = Number(process.env.BENCH_PAYMENTS_COUNT ?? 300);
if (!Number.isInteger(COUNT) || COUNT < 1 || COUNT > 100_000) {
  console.error('BENCH_PAYMENTS_COUNT must be a whole number from 1 to 100000');
  process.exit(1);
}
// A few payments before each timed run, so the first connection, the JIT and the store's first queries are not
// counted.
const WARM_UP = Math.min(20, COUNT);
const API_KEY = 'api_test_bench0k9v2n8q7r6t5y4u3i2o1p0a9s8d7f6g5h4j3k2l1z0x9c8';
const CARD = { cardNumber: '4242424242424242', expiryMonth: 12, expiryYear: 2031, cvc: '123', cardholderName: 'Test User' };
// A run that takes longer than this is broken, not slow: stop rather than hang.
const RUN_LIMIT_MS = 10 * 60 * 1000;
const stopper = setTimeout(() => {
  console.error(`bench:payments: stopped after ${RUN_LIMIT_MS / 60000} minutes`);
  process.exit(1);
}, RUN_LIMIT_MS);
stopper.unref();

const support = join(root, 'packages/payments/test/support');
const { createStore, createPaymentLedger, paymentsMigrations, createSandboxProvider, createGovUkPayProvider, startFakePay, harness } =
  await bundleFromSource(
    'payments-bench',
    `export { createStore } from '@civicbricks/storage';
    export { createPaymentLedger, paymentsMigrations } from '@civicbricks/payments/records';
    export { createSandboxProvider } from '@civicbricks/payments';
    export { createGovUkPayProvider } from '@civicbricks/payments/govuk-pay';
    export { startFakePay } from ${JSON.stringify(join(support, 'fake-pay.ts'))};
    export * as harness from ${JSON.stringify(join(root, 'packages/storage/test/support/postgres.ts'))};`,
    join(root, 'packages/payments'),
  );

const fake = await startFakePay({ apiKeys: [API_KEY] });
let run = 0;

const payment = (basketId, i) => ({
  basketId,
  amount: 1000 + (i % 500),
  reference: `BENCH-${i}`,
  description: 'Benchmark payment',
  returnUrl: 'https://council.example.gov.uk/paid',
});

/** Runs `count` payments through `once` after a warm-up; returns the timed milliseconds and the fake's share. */
async function timed(count, once) {
  for (let i = 0; i < WARM_UP; i += 1) await once(`w${i}`);
  const fakeBefore = fake.handling.ms;
  const start = performance.now();
  for (let i = 0; i < count; i += 1) await once(String(i));
  const ms = performance.now() - start;
  return { ms, fakeMs: fake.handling.ms - fakeBefore };
}

async function throughLedger(store, kind) {
  run += 1;
  const prefix = `r${run}`;
  if (kind === 'sandbox') {
    const sandbox = createSandboxProvider();
    const ledger = createPaymentLedger({ store, provider: sandbox });
    const result = await timed(COUNT, async (i) => {
      const { record } = await ledger.start(payment(`${prefix}-${i}`, run));
      await sandbox.submitCard(record.data.paymentId, CARD);
      const confirmed = await ledger.confirm(record.id);
      if (confirmed.data.status !== 'success') throw new Error(`sandbox payment ended ${confirmed.data.status}`);
    });
    return { ...result, fakeMs: undefined };
  }
  const provider = createGovUkPayProvider({ apiKey: API_KEY, baseUrl: fake.url });
  const ledger = createPaymentLedger({ store, provider });
  return timed(COUNT, async (i) => {
    const { record } = await ledger.start(payment(`${prefix}-${i}`, run));
    fake.pay(record.data.paymentId, CARD.cardNumber);
    const confirmed = await ledger.confirm(record.id);
    if (confirmed.data.status !== 'success') throw new Error(`adapter payment ended ${confirmed.data.status}`);
  });
}

/** The adapter's own create request, repeated with plain fetch: the floor a client on this machine could reach. */
async function bareFetch() {
  const create = fake.requests.find((request) => request.operation === 'create' && request.outcome === 201);
  if (!create) throw new Error('no create request to repeat (the adapter runs first)');
  const headers = { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', accept: 'application/json' };
  let n = 0;
  return timed(COUNT, async () => {
    n += 1;
    const created = await fetch(`${fake.url}/v1/payments`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': `bare-${n}` },
      body: JSON.stringify({ ...create.body, reference: `BARE-${n}` }),
    });
    if (created.status !== 201) throw new Error(`bare create answered ${created.status}`);
    const { payment_id: id } = await created.json();
    fake.pay(id, CARD.cardNumber);
    const got = await fetch(`${fake.url}/v1/payments/${id}`, { headers });
    const body = await got.json();
    if (body.state?.status !== 'success') throw new Error(`bare payment ended ${body.state?.status}`);
  });
}

const rows = [];
async function onStore(title, store) {
  try {
    rows.push({ name: `sandbox / ${title}`, ...(await throughLedger(store, 'sandbox')) });
    rows.push({ name: `adapter + fake / ${title}`, ...(await throughLedger(store, 'adapter')) });
  } finally {
    await store.close();
  }
}

let postgresSkipped;
try {
  await onStore('PGlite', await createStore({ adapter: 'pglite', migrations: [paymentsMigrations] }));

  let server;
  try {
    const availability = harness.detectPostgres();
    if (!availability.available) throw new Error(availability.reason);
    server = await harness.startPostgres(availability);
  } catch (error) {
    postgresSkipped = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  if (server) {
    try {
      await onStore(
        'PostgreSQL',
        await createStore({ adapter: 'postgres', connectionString: server.connectionString, migrations: [paymentsMigrations] }),
      );
    } finally {
      await server.stop();
    }
  }
  rows.push({ name: 'bare fetch (create + get)', ...(await bareFetch()) });
  fake.assertNoViolations();
} finally {
  await fake.close();
}

console.log(
  `\n@civicbricks/payments: ${COUNT.toLocaleString('en-GB')} payments per row, created and confirmed one at a time (after ${WARM_UP} not timed)`,
);
const width = Math.max(...rows.map((row) => row.name.length));
console.log(
  `  ${'row'.padEnd(width)}  ${'payments/s'.padStart(10)}  ${'ms/payment'.padStart(10)}  ${'fake ms/payment'.padStart(15)}  ${'fake share'.padStart(10)}`,
);
for (const row of rows) {
  const perSecond = Math.round((COUNT * 1000) / row.ms).toLocaleString('en-GB');
  const perPayment = (row.ms / COUNT).toFixed(2);
  const fakePer = row.fakeMs === undefined ? '(no fake)' : (row.fakeMs / COUNT).toFixed(2);
  const share = row.fakeMs === undefined ? '' : `${Math.round((row.fakeMs / row.ms) * 100)}%`;
  console.log(
    `  ${row.name.padEnd(width)}  ${perSecond.padStart(10)}  ${perPayment.padStart(10)}  ${fakePer.padStart(15)}  ${share.padStart(10)}`,
  );
}
if (postgresSkipped) console.log(`  PostgreSQL: skipped: ${postgresSkipped}`);
clearTimeout(stopper);
