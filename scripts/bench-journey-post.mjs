// How long one post to a journey can hold up the server: the worst event-loop block while the journey handler
// takes hostile and large bodies up to its limit (256 KiB), one at a time, over real HTTP on a loopback port.
// Target (issue 12): under 50 ms for every body up to the limit. The handler is bundled from source with esbuild,
// on the memory store, so the figure is the handler's own work, not the database's.
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadJourneyHandler } from './lib/journey-bundle.mjs';
import { root } from './lib/run.mjs';

const RUNS = Number(process.env.BENCH_JOURNEY_RUNS ?? 10);
const LIMIT = 256 * 1024;
const TARGET_MS = 50;

const { createJourneyHandler, createJourney, createStore } = await loadJourneyHandler();

const journey = createJourney(JSON.parse(readFileSync(join(root, 'tests/support/family-journey.json'), 'utf8')));
const store = await createStore({ adapter: 'memory' });
const handler = createJourneyHandler({
  journey,
  store,
  secret: 'a benchmark secret that is at least thirty-two bytes',
  basePath: '/journey/',
  organisationName: 'Anytown Council',
  secureCookie: false,
});
const server = createServer((req, res) => void handler(req, res));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Sends a body as written (no client-side checks), and reads the whole answer. */
function send(path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { method, headers }, (res) => {
      let size = 0;
      res.on('data', (chunk) => (size += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, size }));
    });
    // A body refused part-way: the server answers and closes; the rest of the upload is not needed.
    req.on('error', (error) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(body);
  });
}

const first = await send('/journey/children');
const cookie = String(first.headers['set-cookie']).split(';')[0];
const page = await (await fetch(`${origin}/journey/children`, { headers: { cookie } })).text();
const csrf = /name="\$csrf" value="([^"]+)"/.exec(page)[1];
const form = (fields) => `$csrf=${encodeURIComponent(csrf)}&${fields}`;
const formHeaders = { cookie, 'content-type': 'application/x-www-form-urlencoded' };
// The first page answered, so the second is on this visit's path and its posts are read.
const answered = await send('/journey/children', {
  method: 'POST',
  headers: formHeaders,
  body: form('children%5B0%5D.name=Ann&children%5B0%5D.born-day=1&children%5B0%5D.born-month=2&children%5B0%5D.born-year=2010'),
});
if (answered.status !== 303) throw new Error(`The first page was not accepted: ${answered.status}`);
/** Fields made by `unit` joined with "&", as many as fit in `bytes`. */
function fill(unit, bytes) {
  const fields = [];
  for (let i = 0, size = 0; size + unit(i).length + 1 <= bytes; i += 1) {
    fields.push(unit(i));
    size += unit(i).length + 1;
  }
  return fields.join('&');
}

const cases = [
  {
    name: 'the attack: add:children, children[0..] up to the limit',
    path: '/journey/children',
    body: form(`$action=add%3Achildren&${fill((i) => `children%5B${i}%5D.name=x`, LIMIT - 200)}`),
  },
  {
    name: '50 children (the default limit), long names, add:children',
    path: '/journey/children',
    body: form(
      `$action=add%3Achildren&${Array.from({ length: 50 }, (_, i) => `children%5B${i}%5D.name=${'n'.repeat(4900)}&children%5B${i}%5D.born-day=1`).join('&')}`,
    ),
  },
  {
    name: 'one long-text answer up to the limit (too long: shown back)',
    path: '/journey/about',
    body: form(`story=${'a'.repeat(LIMIT - 200)}`),
  },
  { name: 'up to the limit of "&" (empty fields)', path: '/journey/about', body: form('&'.repeat(LIMIT - 200)) },
  { name: 'a body over the limit', path: '/journey/about', body: form(`story=${'a'.repeat(LIMIT + 10)}`) },
  {
    name: 'JSON: 50 children, names too long, to /submit',
    path: '/journey/submit',
    json: true,
    body: JSON.stringify({
      answers: { children: Array.from({ length: 50 }, () => ({ name: 'n'.repeat(4900), born: '2010-01-01' })) },
      idempotencyKey: 'bench-000001',
    }),
  },
  {
    name: 'JSON: 50 children and a long story, sent, to /submit',
    path: '/journey/submit',
    json: true,
    body: JSON.stringify({
      answers: {
        children: Array.from({ length: 50 }, (_, i) => ({ name: `${'n'.repeat(490)}${i}`, born: '2010-01-01' })),
        story: 's'.repeat(4900),
        phone: null,
      },
      idempotencyKey: 'bench-000003',
    }),
  },
  {
    name: 'JSON: "[" nested up to the limit',
    path: '/journey/submit',
    json: true,
    body: `{"answers":{"children":${'['.repeat(LIMIT - 100)}`,
  },
  {
    name: 'JSON: 0s up to the limit',
    path: '/journey/submit',
    json: true,
    body: `{"answers":{"children":[${Array.from({ length: (LIMIT - 200) / 2 }, () => '0').join(',')}]},"idempotencyKey":"bench-000002"}`,
  },
];

const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();
console.log(`\nJourney handler: worst event-loop block per post (${RUNS} runs each, target < ${TARGET_MS} ms)`);
let worst = 0;
for (const benchCase of cases) {
  const blocks = [];
  let status = 0;
  let size = 0;
  for (let run = 0; run < RUNS; run += 1) {
    // Between posts the loop is idle, so the histogram's maximum is the block this post caused.
    await new Promise((resolve) => setTimeout(resolve, 20));
    histogram.reset();
    const reply = await send(benchCase.path, {
      method: 'POST',
      headers: {
        cookie,
        'content-type': benchCase.json ? 'application/json' : 'application/x-www-form-urlencoded',
        ...(benchCase.json ? { 'x-civic-csrf': csrf } : {}),
      },
      body: benchCase.body,
    });
    blocks.push(histogram.max / 1e6);
    ({ status, size } = reply);
  }
  blocks.sort((a, b) => a - b);
  // The median run is this post's own cost; the slowest also holds whatever else the machine was doing.
  const median = blocks[Math.floor(blocks.length / 2)];
  worst = Math.max(worst, median);
  console.log(
    `  ${benchCase.name.padEnd(58)} ${(benchCase.body.length / 1024).toFixed(0).padStart(4)} KiB  ${String(status)}  ` +
      `${(size / 1024).toFixed(0).padStart(4)} KiB back  block: median ${median.toFixed(1)} ms, slowest ${blocks.at(-1).toFixed(1)} ms`,
  );
}
histogram.disable();
console.log(`  worst median block: ${worst.toFixed(1)} ms (${worst < TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target)`);
server.close();
await store.close();
