// Runtime benchmarks of the built packages, with a peer measured in the same run where one exists.
// Each brick adds its cases here. Run `npm run build` first.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runBenchmarks } from './lib/bench.mjs';
import { root } from './lib/run.mjs';

const load = (path) => import(pathToFileURL(join(root, path)).href);
const core = await load('packages/core/dist/index.js');

// Peer for working days: a plain day-by-day loop over a Set of holiday dates, the way services usually hand-roll it.
const holidays = new Set(
  core.bankHolidaysBetween('2026-01-01', '2027-12-31', { division: 'england-and-wales' }).map((holiday) => holiday.date),
);
function naiveAddWorkingDays(start, days) {
  const date = new Date(`${start}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = date.getUTCDay();
    const iso = date.toISOString().slice(0, 10);
    if (day !== 0 && day !== 6 && !holidays.has(iso)) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

const messages = core.defineMessages({
  en: { remaining: { one: 'You have %{count} character remaining', other: 'You have %{count} characters remaining' } },
  cy: {
    remaining: {
      zero: 'Mae gennych %{count} nod ar ôl',
      one: 'Mae gennych %{count} nod ar ôl',
      two: 'Mae gennych %{count} nod ar ôl',
      few: 'Mae gennych %{count} nod ar ôl',
      many: 'Mae gennych %{count} nod ar ôl',
      other: 'Mae gennych %{count} nod ar ôl',
    },
  },
});
const t = core.createTranslator(messages, 'cy');

const cases = [
  { name: 'addWorkingDays(10, england-and-wales)', fn: () => core.addWorkingDays('2026-12-18', 10, { division: 'england-and-wales' }) },
  { group: 'peer', name: 'hand-rolled day loop, 10 days', fn: () => naiveAddWorkingDays('2026-12-18', 10) },
  { name: 'workingDaysBetween over a year', fn: () => core.workingDaysBetween('2026-01-01', '2026-12-31', { division: 'scotland' }) },
  { name: 'Welsh plural message with a count', fn: () => t('remaining', { count: 6 }) },
];
if (core.Money) {
  cases.push({ name: 'Money.parse("£1,234.50")', fn: () => core.Money.parse('£1,234.50') });
  cases.push({ name: 'Money allocate 3 ways', fn: () => core.Money.fromPence(10_000).allocate([1, 1, 1]) });
}
if (core.generateReference) cases.push({ name: 'generateReference()', fn: () => core.generateReference() });

runBenchmarks('@civicbricks/core', cases);

// --- @civicbricks/workflow: the pure transition function beside XState 5 (the peer), same machine, same run.
// Both machines: a compound state with two children toggled by `next`, a guard on one edge and an entry
// action that counts in the context. XState's actor.send is its normal API; its pure transition() is shown too.
{
  const { existsSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  if (existsSync(join(root, 'packages/workflow/dist/index.js'))) {
    const workflow = await load('packages/workflow/dist/index.js');
    const xstate = createRequire(join(root, 'scripts/bench/package.json'))('xstate');

    const registry = workflow.defineRegistry({
      guards: { ready: () => true },
      actions: { count: ({ context }) => ({ context: { n: context.n + 1 } }) },
    });
    const definition = workflow.parseDefinition(
      {
        id: 'bench-toggle',
        version: 1,
        context: { initial: { n: 0 } },
        initial: 'review',
        states: {
          review: {
            initial: 'waiting',
            states: {
              waiting: { entry: ['count'], on: { next: { target: 'working', guard: 'ready' } } },
              working: { entry: ['count'], on: { next: { target: 'waiting' } } },
            },
          },
        },
      },
      registry,
    );
    const now = '2026-12-18T10:00:00Z';
    let snapshot = workflow.start(definition, now, registry).snapshot;
    // A snapshot read back from storage (a JSON round trip) is checked in full before use.
    const stored = JSON.stringify(snapshot);

    const count = xstate.assign({ n: ({ context }) => context.n + 1 });
    const machine = xstate.setup({ guards: { ready: () => true } }).createMachine({
      context: { n: 0 },
      initial: 'review',
      states: {
        review: {
          initial: 'waiting',
          states: {
            waiting: { entry: count, on: { next: { target: 'working', guard: 'ready' } } },
            working: { entry: count, on: { next: { target: 'waiting' } } },
          },
        },
      },
    });
    const actor = xstate.createActor(machine).start();
    let xSnapshot = actor.getSnapshot();

    runBenchmarks('@civicbricks/workflow', [
      {
        name: 'transition() (nested, guard, entry action)',
        fn: () => (snapshot = workflow.transition(definition, snapshot, 'next', now, registry).snapshot),
      },
      {
        name: 'transition() from a stored JSON snapshot',
        fn: () => workflow.transition(definition, JSON.parse(stored), 'next', now, registry),
      },
      { name: 'allowedEvents()', fn: () => workflow.allowedEvents(definition, snapshot, registry) },
      { group: 'peer', name: 'XState 5 actor.send()', fn: () => actor.send({ type: 'next' }) },
      {
        group: 'peer',
        name: 'XState 5 pure transition()',
        fn: () => ([xSnapshot] = xstate.transition(machine, xSnapshot, { type: 'next' })),
      },
    ]);
  } else {
    console.log('\n@civicbricks/workflow: not built, skipped (run `npm run build`)');
  }
}
