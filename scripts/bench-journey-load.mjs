// Many people arriving at once: 200 citizens open a journey's first page at the same moment, then answer it,
// against the journey handler on PGlite (the embedded default), beside a bare node:http route that returns the
// same HTML, measured in the same run. Target (issue 12): the first page served to all 200 with p99 under 1 s.
// The clients run in this process too, on the same loopback port, so both servers pay for them alike.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { loadJourneyHandler } from './lib/journey-bundle.mjs';
import { root } from './lib/run.mjs';

const CITIZENS = Number(process.env.BENCH_JOURNEY_CITIZENS ?? 200);
const ROUNDS = Number(process.env.BENCH_JOURNEY_ROUNDS ?? 3);
const TARGET_P99_MS = 1000;

const { createJourneyHandler, createJourney, createStore } = await loadJourneyHandler();
const warmSpace = JSON.parse(readFileSync(join(root, 'packages/registration/examples/warm-space-library.json'), 'utf8'));
const store = await createStore({ adapter: 'pglite' });
const handler = createJourneyHandler({
  journey: createJourney(warmSpace),
  store,
  secret: 'a benchmark secret that is at least thirty-two bytes',
  basePath: '/journey/',
  organisationName: 'Anytown Council',
  stylesheets: ['/assets/govuk-frontend.min.css'],
  scripts: ['/assets/journey.js'],
  secureCookie: false,
});

async function listen(serve) {
  const server = createServer(serve);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
const journey = await listen((request, response) => void handler(request, response));
const firstPage = await (await fetch(`${journey.origin}/journey/age`)).text();
// The peer: the same page, already rendered, with the same headers.
const bare = await listen((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(firstPage);
});

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Every citizen's request at once: each time is from the moment all set off to that citizen's reply arriving. */
async function together(requests) {
  const start = performance.now();
  const replies = await Promise.all(
    requests.map(async (send) => {
      const response = await send();
      const body = await response.text();
      return { response, body, ms: performance.now() - start };
    }),
  );
  return { replies, times: replies.map((reply) => reply.ms).sort((a, b) => a - b) };
}

/** Everyone opens the first page, then everyone answers it (a visit is stored with its first answer). */
async function arriveTogether(origin, answer) {
  const pages = await together(Array.from({ length: CITIZENS }, () => () => fetch(`${origin}/journey/age`)));
  if (pages.replies.some(({ response }) => response.status !== 200)) throw new Error('A first page was not served');
  if (!answer) return { pages: pages.times };
  const answers = await together(
    pages.replies.map(
      ({ response, body }) =>
        () =>
          fetch(`${origin}/journey/age`, {
            method: 'POST',
            headers: {
              cookie: String(response.headers.get('set-cookie')).split(';')[0],
              'content-type': 'application/x-www-form-urlencoded',
            },
            body: new URLSearchParams({ ageGroup: '16to64', $csrf: /name="\$csrf" value="([^"]+)"/.exec(body)[1] }),
            redirect: 'manual',
          }),
    ),
  );
  if (answers.replies.some(({ response }) => response.status !== 303)) throw new Error('An answer was not accepted');
  return { pages: pages.times, answers: answers.times };
}

const format = (times) => `p50 ${percentile(times, 50).toFixed(0).padStart(5)} ms, p99 ${percentile(times, 99).toFixed(0).padStart(5)} ms`;
console.log(
  `\n${CITIZENS} citizens arriving at once (${ROUNDS} rounds after one to warm up; first page ${(firstPage.length / 1024).toFixed(1)} KiB)`,
);
// A server in service is warm: one round first, not counted, so the figures are not the JIT compiler's.
await arriveTogether(bare.origin, false);
await arriveTogether(journey.origin, true);
let worstP99 = 0;
for (let round = 1; round <= ROUNDS; round += 1) {
  const peer = await arriveTogether(bare.origin, false);
  const ours = await arriveTogether(journey.origin, true);
  worstP99 = Math.max(worstP99, percentile(ours.pages, 99));
  console.log(`  round ${round}: bare node:http, same HTML   first page ${format(peer.pages)}`);
  console.log(`           journey handler, PGlite   first page ${format(ours.pages)}
           then all answer it at once       stored ${format(ours.answers)}`);
}
console.log(
  `  worst first-page p99: ${worstP99.toFixed(0)} ms (${worstP99 < TARGET_P99_MS ? 'within' : 'OVER'} the ${TARGET_P99_MS} ms target)`,
);
journey.server.close();
bare.server.close();
await store.close();
