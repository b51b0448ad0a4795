// Cases benchmark: work queues, search and timelines at 100,000 cases, on PGlite and on a real PostgreSQL server.
// Loads BENCH_CASES_COUNT cases (100,000 by default) with their work-queue index, search keys, a person record and
// link per case, notes and tasks by bulk
// insert (a few thousand rows per statement, inside one migration), plus audit entries through the audit log, then
// prints p50 and p95 for: a work-queue page (filter + sort + page + total, the rows as the viewer may see them), the
// plain SQL of the same page (ids and total only), search by name and date of birth beside its plain SQL, and a
// case's timeline and the whole-person view. Target: p95 under 50 ms.
// Sources are bundled with esbuild (the `source` condition); no build needed. PostgreSQL: DATABASE_URL's server (in a
// fresh database), or a throwaway server from the local binaries via the storage test harness; else skipped, saying why.
import { join } from 'node:path';
import { bundleFromSource } from './lib/journey-bundle.mjs';
import { root } from './lib/run.mjs';

const COUNT = Number(process.env.BENCH_CASES_COUNT ?? 100_000);
const RUNS = Number(process.env.BENCH_CASES_RUNS ?? 60);
if (!Number.isInteger(COUNT) || COUNT < 100 || COUNT > 1_000_000) {
  console.error('BENCH_CASES_COUNT must be a whole number from 100 to 1000000');
  process.exit(1);
}
const RUN_LIMIT_MS = 20 * 60 * 1000;
setTimeout(() => {
  console.error(`bench:cases: stopped after ${RUN_LIMIT_MS / 60000} minutes`);
  process.exit(1);
}, RUN_LIMIT_MS).unref();

const cases = join(root, 'packages/cases/src');
const lib = await bundleFromSource(
  'cases-bench',
  `export { createStore, createStoreFromEnv, sql } from '@civicbricks/storage';
  export { createCaseType, slaDueDates } from ${JSON.stringify(join(cases, 'index.ts'))};
  export { createCaseService } from ${JSON.stringify(join(cases, 'service/index.ts'))};
  export { createCaseIndexer, createWorkQueues, indexRecordsFor, QUEUE_ENTRIES_COLLECTION, queueEntryIndexes, queueEntrySchema, SEARCH_KEYS_COLLECTION } from ${JSON.stringify(join(cases, 'queues/index.ts'))};
  export { PGlite } from '@electric-sql/pglite';
  export { default as pg } from 'pg';
  export * as harness from ${JSON.stringify(join(root, 'packages/storage/test/support/postgres.ts'))};`,
  join(root, 'packages/cases'),
);

// --- The case type: early help with queues, twelve patch teams, a skill and search fields ---------------------------
const TEAMS = Array.from({ length: 12 }, (_, i) => `team-${i + 1}`);
const DISTRICTS = Array.from({ length: 48 }, (_, i) => `CF${i + 1}`);
const caseTypeJson = {
  id: 'early-help',
  version: 1,
  title: 'Early help for a family',
  workflow: {
    id: 'early-help',
    version: 1,
    initial: 'referred',
    states: {
      referred: { on: { accept: { target: 'assessing' }, decline: { target: 'closed' } } },
      assessing: { on: { completeAssessment: { target: 'support' }, close: { target: 'closed' } } },
      support: { initial: 'planning', on: { close: { target: 'closed' } }, states: { planning: {} } },
      closed: { type: 'final' },
    },
  },
  roles: { caseworker: { label: 'Caseworker' }, manager: { label: 'Manager' }, partner: { label: 'Partner' } },
  fields: {
    childName: { type: 'text', label: "Child's name", required: true, personal: true },
    dateOfBirth: { type: 'date', label: 'Date of birth', required: true, personal: true },
    postcode: { type: 'text', label: 'Postcode', personal: true },
    concern: { type: 'choice', label: 'Concern', options: ['neglect', 'school-attendance', 'domestic-abuse', 'other'] },
  },
  actions: {
    accept: { label: 'Accept', allowed: { referred: ['manager'] } },
    decline: { label: 'Decline', allowed: { referred: ['manager'] } },
    completeAssessment: { label: 'Complete the assessment', allowed: { assessing: ['caseworker', 'manager'] } },
    close: { label: 'Close', allowed: { assessing: ['manager'], support: ['manager'] } },
  },
  operations: {
    open: ['caseworker', 'manager'],
    allocateLead: ['manager'],
    transferLead: ['manager'],
    manageTeam: ['manager'],
    addNote: ['caseworker', 'manager', 'partner'],
    setFlags: ['manager'],
    share: ['manager'],
  },
  flags: ['safeguarding', 'vulnerable', 'urgent'],
  sla: { assessment: { label: 'Assess within 20 working days', workingDays: 20, stopStates: ['support', 'closed'] } },
  fieldAccess: {
    caseworker: { see: ['childName', 'dateOfBirth', 'postcode', 'concern'], change: ['concern'] },
    manager: { see: ['childName', 'dateOfBirth', 'postcode', 'concern'], change: ['childName', 'dateOfBirth', 'postcode', 'concern'] },
    partner: { see: ['childName', 'dateOfBirth', 'concern'], change: [] },
  },
  workQueues: {
    toAllocate: {
      label: 'To allocate in my patch',
      filters: { status: 'active', lead: 'none', patch: 'mine' },
      columns: ['reference', 'field:childName', 'field:postcode', 'state', 'patch', 'dueDate', 'latestNote'],
      sort: { column: 'dueDate' },
      pageSize: 25,
    },
  },
  allocation: {
    postcodeField: 'postcode',
    patches: Object.fromEntries(TEAMS.map((team, t) => [team, DISTRICTS.filter((_, d) => d % TEAMS.length === t)])),
    skillField: 'concern',
    skills: { 'domestic-abuse': 'domestic-abuse' },
  },
  search: { nameFields: ['childName'], dateOfBirthField: 'dateOfBirth', postcodeField: 'postcode' },
};
const caseType = lib.createCaseType(caseTypeJson);

// --- Generated people: a fixed seed, so every run and adapter loads the same cases ----------------------------------
let seed = 20261208;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const FORENAMES =
  'Sam Amy Siân Zoë Tom Jo Rhys Cerys Dylan Ffion Aled Megan Osian Nia Ioan Elin Harri Lowri Noah Ava Leo Isla Oscar Mia Arthur Ivy Jack Freya Owen Erin Chloé Éva Seán Aoife Niamh Ciarán Priya Arjun Aisha Yusuf Fatima Omar Zainab Kofi Ama Chidi Ngozi Li Wei Mei Hana Kenji Olek Zofia Marek'.split(
    ' ',
  );
const SURNAMES =
  "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Morgan Griffiths Price Rees Jenkins Powell O'Neill O'Brien McCarthy D'Arcy Smith-Jones Ap-Rhys Khan Begum Patel Ahmed Okafor Mensah Nowak Kowalski Chen Nakamura Brown Taylor Wilson Walker Wright Green Hall Wood Clarke Hill Phillips Baker Parry Owen Morris James Edwards Bowen Pugh Vaughan Llewellyn Prosser".split(
    ' ',
  );
const CONCERNS = ['neglect', 'school-attendance', 'domestic-abuse', 'other'];
const pad = (n) => String(n).padStart(2, '0');
const INWARD = 'ABDEFGHJLNPQRSTUWXYZ';

function person() {
  const inward = `${Math.floor(random() * 10)}${pick(INWARD)}${pick(INWARD)}`;
  const district = random() < 0.95 ? pick(DISTRICTS) : `NP${1 + Math.floor(random() * 26)}`;
  return {
    childName: `${pick(FORENAMES)} ${pick(SURNAMES)}`,
    dateOfBirth: `${2008 + Math.floor(random() * 17)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
    postcode: `${district} ${inward}`,
    concern: pick(CONCERNS),
  };
}

// Real snapshots and records from the service, one per state, so loaded cases read back exactly as opened ones do.
async function templates() {
  const store = await lib.createStore({ adapter: 'memory' });
  const service = lib.createCaseService({ store, caseTypes: [caseType] });
  const manager = { userId: 'staff-m1', organisationId: 'council', roles: ['manager'] };
  const byState = {};
  let opened = await service.open({ caseType: 'early-help', fields: person(), actor: manager });
  const raw = async (id) => (await store.collection('cases.case', (await import('zod')).z.any()).require(id)).data;
  byState.referred = await raw(opened.id);
  opened = await service.takeAction({ caseId: opened.id, action: 'accept', expectedVersion: 1, actor: manager });
  byState.assessing = await raw(opened.id);
  opened = await service.takeAction({ caseId: opened.id, action: 'completeAssessment', expectedVersion: 2, actor: manager });
  byState.planning = await raw(opened.id);
  opened = await service.takeAction({ caseId: opened.id, action: 'close', expectedVersion: 3, actor: manager });
  byState.closed = await raw(opened.id);
  await store.close();
  return byState;
}

function generate(count, byState) {
  const rows = [];
  const start = Date.parse('2025-06-01T09:00:00Z');
  const span = Date.parse('2026-12-01T09:00:00Z') - start;
  for (let i = 0; i < count; i += 1) {
    const id = `BC${String(i).padStart(7, '0')}`;
    const roll = random();
    const state = roll < 0.35 ? 'referred' : roll < 0.6 ? 'assessing' : roll < 0.85 ? 'planning' : 'closed';
    const template = byState[state];
    const submittedAt = new Date(start + Math.floor(random() * span));
    const submitted = submittedAt.toISOString();
    const due = lib.slaDueDates(caseType, submittedAt)[0].dueDate;
    const met =
      state === 'planning' || state === 'closed'
        ? new Date(submittedAt.getTime() + Math.floor(random() * 40) * 86_400_000).toISOString()
        : null;
    const leadUser = state === 'referred' && random() < 0.7 ? null : `staff-${1 + Math.floor(random() * 300)}`;
    const team = [];
    if (leadUser) team.push({ userId: leadUser, organisationId: 'council', role: 'caseworker', addedAt: submitted, addedBy: 'staff-m1' });
    if (random() < 0.1)
      team.push({
        userId: `nhs-${1 + Math.floor(random() * 50)}`,
        organisationId: 'nhs-trust',
        role: 'partner',
        addedAt: submitted,
        addedBy: 'staff-m1',
      });
    const record = {
      ...template,
      submittedAt: submitted,
      openedAt: submitted,
      fields: person(),
      flags: random() < 0.05 ? ['safeguarding'] : [],
      lead: leadUser ? { userId: leadUser, organisationId: 'council', since: submitted } : null,
      leadHistory: leadUser
        ? [{ userId: leadUser, organisationId: 'council', from: submitted, to: null, endReason: null, allocatedBy: 'staff-m1' }]
        : [],
      team,
      sla: [{ rule: 'assessment', dueDate: due, metAt: met }],
    };
    const { entry, keys } = lib.indexRecordsFor(caseType, id, record);
    rows.push({ id, record, entry, keys });
  }
  return rows;
}

// --- Loading ----------------------------------------------------------------------------------------------------------
const BATCH = 2000;
async function load(store, rows, label) {
  const started = performance.now();
  let written = 0;
  const total = rows.length;
  await store.migrate({
    brick: 'bench-cases',
    migrations: [
      {
        version: 1,
        name: 'bulk-load',
        up: async ({ sql: db }) => {
          const insert = (batch) =>
            db.execute(lib.sql`insert into civic_records (collection, id, version, data, created_at, updated_at)
              select r ->> 'c', r ->> 'i', 1, r -> 'd', now(), now() from jsonb_array_elements(cast(${JSON.stringify(batch)} as jsonb)) as r`);
          let pending = [];
          const flush = async () => {
            if (pending.length > 0) await insert(pending);
            written += pending.length;
            pending = [];
          };
          for (let i = 0; i < rows.length; i += 1) {
            const { id, record, entry, keys } = rows[i];
            pending.push({ c: 'cases.case', i: id, d: record }, { c: lib.QUEUE_ENTRIES_COLLECTION, i: id, d: entry });
            for (const { id: keyId, ...key } of keys) pending.push({ c: lib.SEARCH_KEYS_COLLECTION, i: keyId, d: key });
            const [givenName, ...rest] = record.fields.childName.split(' ');
            pending.push(
              {
                c: 'cases.person',
                i: `P${id}`,
                d: {
                  givenName,
                  familyName: rest.join(' '),
                  otherNames: [],
                  dateOfBirth: record.fields.dateOfBirth,
                  postcode: record.fields.postcode,
                  postcodeKey: record.fields.postcode.replace(/\s+/g, '').toUpperCase(),
                  organisationId: 'council',
                  recordedBy: 'staff-m1',
                  recordedAt: record.submittedAt,
                  source: 'staff',
                  status: 'active',
                  mergedInto: null,
                },
              },
              {
                c: 'cases.person_link',
                i: `L${id}`,
                d: {
                  personId: `P${id}`,
                  caseId: id,
                  relationship: 'subject',
                  linkedAt: record.submittedAt,
                  linkedBy: 'staff-m1',
                  organisationId: 'council',
                },
              },
            );
            if (i % 2 === 1) {
              pending.push({
                c: 'cases.task',
                i: `${id}.task`,
                d: {
                  caseId: id,
                  title: 'Visit the family',
                  assigneeId: record.lead?.userId ?? null,
                  assigneeOrganisation: record.lead ? 'council' : null,
                  dueDate: record.sla[0].dueDate,
                  status: 'open',
                  remindBefore: null,
                  reminderFor: null,
                  organisationId: 'council',
                  createdBy: 'staff-m1',
                  createdAt: record.submittedAt,
                  completedAt: null,
                },
              });
            }
            if (i % 2 === 0) {
              const shared = random() < 0.3;
              pending.push({
                c: 'cases.note',
                i: `${id}.note`,
                d: {
                  caseId: id,
                  authorId: 'staff-m1',
                  organisationId: 'council',
                  body: 'Visited the family; next visit booked.',
                  sharedWith: shared ? ['nhs-trust'] : [],
                  createdAt: record.submittedAt,
                },
              });
            }
            if (pending.length >= BATCH) await flush();
            if ((i + 1) % 20_000 === 0)
              process.stdout.write(
                `  ${label}: ${(i + 1).toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} cases loaded (${written.toLocaleString('en-GB')} rows)\n`,
              );
          }
          await flush();
          await db.execute(lib.sql`analyze civic_records`);
        },
      },
    ],
  });
  return { ms: performance.now() - started, rows: written };
}

// --- Measuring --------------------------------------------------------------------------------------------------------
function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: at(50), p95: at(95) };
}

async function timed(fn) {
  for (let i = 0; i < 5; i += 1) await fn(i);
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const begun = performance.now();
    await fn(i);
    times.push(performance.now() - begun);
  }
  return percentiles(times);
}

// The SQL of a queue page as a developer would write it by hand against the same expression indexes.
const text = (path) => `((case when jsonb_typeof(data #> '{${path}}') = 'string' then data #>> '{${path}}' end) collate "C")`;
const pageSql = `select id, count(*) over () as total from civic_records
  where collection = 'cases.queue_entry' and ${text('caseType')} = $1 and ${text('status')} = 'active'
    and ${text('lead')} is null and ${text('patch')} in ($2, $3) and (data #> '{organisations}') @> jsonb_build_array(cast($4 as text))
  order by ${text('due')} asc, id collate "C" asc limit 25 offset $5`;
const countSql = `select count(*) from civic_records
  where collection = 'cases.queue_entry' and ${text('caseType')} = $1 and ${text('status')} = 'active'
    and ${text('lead')} is null and ${text('patch')} in ($2, $3) and (data #> '{organisations}') @> jsonb_build_array(cast($4 as text))`;
const searchSql = `select data #>> '{caseId}' as case_id from civic_records
  where collection = 'cases.search_key' and ${text('kind')} = 'name' and ${text('key')} like $1
    and ${text('dateOfBirth')} = $2 and (data #> '{organisations}') @> jsonb_build_array(cast($3 as text))
  order by ${text('key')}, id collate "C" limit 200`;

async function measure(store, raw, rows, label) {
  const out = new Map();
  const { ms, rows: written } = await load(store, rows, label);
  out.set(`bulk load (${written.toLocaleString('en-GB')} rows)`, `${(ms / 1000).toFixed(1)} s`);
  const service = lib.createCaseService({ store, caseTypes: [caseType], afterWrite: lib.createCaseIndexer([caseType]) });
  const queues = lib.createWorkQueues({ store, caseTypes: [caseType] });
  const indexStart = performance.now();
  await queues.ensureIndexes();
  await store.migrate({
    brick: 'bench-cases-analyse',
    migrations: [{ version: 1, name: 'analyse', up: ({ sql: db }) => db.execute(lib.sql`analyze civic_records`) }],
  });
  out.set('create indexes', `${((performance.now() - indexStart) / 1000).toFixed(1)} s`);

  // Real service changes on some cases, so their timelines hold what people did, plus audit entries for many more.
  const manager = { userId: 'staff-m1', organisationId: 'council', roles: ['manager'] };
  const sample = rows
    .filter((row) => row.record.state[0] === 'referred' && row.record.lead === null)
    .slice(0, 100)
    .map((row) => row.id);
  const auditStart = performance.now();
  for (const caseId of sample) {
    let version = 1;
    await service.allocateLead({
      caseId,
      expectedVersion: version++,
      lead: { userId: 'staff-9', organisationId: 'council', role: 'caseworker' },
      actor: manager,
    });
    await service.shareCase({
      caseId,
      expectedVersion: version++,
      organisationId: 'nhs-trust',
      fields: ['childName'],
      basis: { kind: 'legal', basis: 'safeguarding', detail: 'Risk of harm to the child' },
      actor: manager,
    });
    await service.addNote({ caseId, body: 'Spoke to the school.', sharedWith: ['nhs-trust'], actor: manager });
    await service.addTeamMember({
      caseId,
      expectedVersion: version++,
      member: { userId: 'nhs-2', organisationId: 'nhs-trust', role: 'partner' },
      actor: manager,
    });
    await service.addNote({ caseId, body: 'Council only.', sharedWith: [], actor: manager });
    await service.takeAction({ caseId, action: 'accept', expectedVersion: version++, actor: manager });
    await service.setFlags({ caseId, expectedVersion: version++, flags: ['urgent'], actor: manager });
  }
  const extra = Math.min(5_000, rows.length);
  for (let i = 0; i < extra; i += 500) {
    await store.transaction(async (tx) => {
      for (let j = i; j < Math.min(extra, i + 500); j += 1) {
        await tx.audit.append({
          actor: 'staff-m1',
          action: 'case.viewed',
          collection: 'cases.case',
          recordId: rows[j].id,
          metadata: { organisation: 'council' },
        });
      }
    });
  }
  out.set(
    `audit: ${(sample.length * 7 + extra).toLocaleString('en-GB')} entries`,
    `${((performance.now() - auditStart) / 1000).toFixed(1)} s`,
  );

  const viewer = { ...manager, teams: ['team-3', 'team-7'] };
  const first = await queues.page({ caseType: 'early-help', queue: 'toAllocate', viewer });
  const check = await raw(countSql, ['early-help', 'team-3', 'team-7', 'council']);
  if (Number(check[0].count) !== first.total)
    throw new Error(`the queue's total ${first.total} differs from plain SQL's ${check[0].count}`);
  out.set('queue matches (of all cases)', `${first.total.toLocaleString('en-GB')}`);
  if (process.env.BENCH_CASES_EXPLAIN) {
    for (const [query, params] of [
      [pageSql, ['early-help', 'team-3', 'team-7', 'council', 0]],
      [countSql, ['early-help', 'team-3', 'team-7', 'council']],
      [searchSql, ['jones%', '2015-02-28', 'council']],
    ]) {
      console.log(
        `  ${label}:\n${(await raw(`explain analyze ${query}`, params)).map((row) => `    ${Object.values(row)[0]}`).join('\n')}`,
      );
    }
  }
  const pages = Math.min(first.pageCount, 8);
  const fmt = ({ p50, p95 }) => `${p50.toFixed(1)} / ${p95.toFixed(1)} ms`;
  out.set(
    'work-queue page (filter+sort+page+total, rows)',
    fmt(await timed((i) => queues.page({ caseType: 'early-help', queue: 'toAllocate', viewer, page: 1 + (i % pages) }))),
  );
  out.set(
    '  plain SQL, same page (ids + total)',
    fmt(await timed((i) => raw(pageSql, ['early-help', 'team-3', 'team-7', 'council', (i % pages) * 25]))),
  );
  // Where a page's time goes: the index page with its total, reading the page's cases, their latest notes.
  const entries = store.collection(lib.QUEUE_ENTRIES_COLLECTION, lib.queueEntrySchema, { indexes: lib.queueEntryIndexes });
  const where = {
    caseType: 'early-help',
    organisations: { has: 'council' },
    status: 'active',
    lead: { exists: false },
    patch: { in: ['team-3', 'team-7'] },
  };
  const ids = (await entries.find({ where, sort: [{ field: 'due' }] })).items.map((entry) => entry.id);
  const { z } = await import('zod');
  const noteIndexes = { fields: { caseId: 'text', organisationId: 'text', sharedWith: 'text-list', createdAt: 'text' } };
  const notes = store.collection('cases.note', z.any(), { indexes: noteIndexes });
  out.set(
    '  of which: index page + total',
    fmt(await timed((i) => entries.find({ where, sort: [{ field: 'due' }], page: 1 + (i % pages) }))),
  );
  out.set('  of which: the page’s 25 cases', fmt(await timed(() => store.collection('cases.case', z.any()).getMany(ids))));
  out.set(
    '  of which: their latest notes',
    fmt(
      await timed(async () => {
        await notes.find({
          where: { caseId: { in: ids }, organisationId: 'council' },
          sort: [{ field: 'createdAt', direction: 'desc' }],
          pageSize: 500,
        });
        await notes.find({
          where: { caseId: { in: ids }, sharedWith: { has: 'council' } },
          sort: [{ field: 'createdAt', direction: 'desc' }],
          pageSize: 500,
        });
      }),
    ),
  );
  const sorted = (i) =>
    queues.page({
      caseType: 'early-help',
      queue: 'toAllocate',
      viewer,
      sort: 'submittedAt',
      direction: i % 2 ? 'asc' : 'desc',
      page: 1 + (i % pages),
    });
  out.set('work-queue page sorted by a header link', fmt(await timed(sorted)));
  const people = rows.filter((_, i) => i % 997 === 0).map((row) => row.record.fields);
  const surname = (name) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '').split(' ').at(-1);
  let hits = 0;
  out.set(
    'search: surname + date of birth',
    fmt(
      await timed(async (i) => {
        const who = people[i % people.length];
        const found = await queues.search({ viewer: manager, name: surname(who.childName), dateOfBirth: who.dateOfBirth });
        hits += found.total;
      }),
    ),
  );
  if (hits === 0) throw new Error('search found nobody');
  out.set(
    '  plain SQL, same search (keys)',
    fmt(
      await timed(async (i) => {
        const who = people[i % people.length];
        await raw(searchSql, [`${surname(who.childName).replace(/[\\%_]/g, '\\$&')}%`, who.dateOfBirth, 'council']);
      }),
    ),
  );
  out.set('search: postcode', fmt(await timed((i) => queues.search({ viewer: manager, postcode: people[i % people.length].postcode }))));
  out.set(
    'timeline of a case (as a partner)',
    fmt(
      await timed((i) =>
        service.timeline({ caseId: sample[i % sample.length], actor: { userId: 'nhs-2', organisationId: 'nhs-trust', roles: [] } }),
      ),
    ),
  );
  out.set(
    'whole-person view (cases, notes, tasks, documents)',
    fmt(await timed((i) => service.personView({ personId: `P${sample[i % sample.length]}`, actor: manager }))),
  );
  return out;
}

// --- Run --------------------------------------------------------------------------------------------------------------
console.log(`\n@civicbricks/cases: ${COUNT.toLocaleString('en-GB')} cases; p50 / p95 over ${RUNS} runs each (target p95 < 50 ms)`);
const genStart = performance.now();
const byState = await templates();
const rows = generate(COUNT, byState);
console.log(`  generated ${COUNT.toLocaleString('en-GB')} cases in ${((performance.now() - genStart) / 1000).toFixed(1)} s`);
const columns = [];

{
  const pglite = new lib.PGlite();
  await pglite.waitReady;
  const store = await lib.createStore({ adapter: 'pglite', pglite });
  try {
    const raw = async (text, params) => (await pglite.query(text, params)).rows;
    columns.push({ title: 'PGlite', figures: await measure(store, raw, rows, 'PGlite') });
  } finally {
    await store.close();
    await pglite.close();
  }
}

let server;
try {
  const availability = lib.harness.detectPostgres();
  if (!availability.available) throw new Error(availability.reason);
  server = await lib.harness.startPostgres(availability);
} catch (error) {
  columns.push({ title: 'PostgreSQL', skipped: `skipped: ${error instanceof Error ? error.message.split('\n')[0] : error}` });
}
if (server) {
  const pool = new lib.pg.Pool({ connectionString: server.connectionString, max: 2 });
  const store = await lib.createStore({ adapter: 'postgres', connectionString: server.connectionString });
  try {
    const raw = async (text, params) => (await pool.query(text, params)).rows;
    columns.push({ title: 'PostgreSQL', figures: await measure(store, raw, rows, 'PostgreSQL') });
  } finally {
    await store.close();
    await pool.end();
    await server.stop();
  }
}

const names = [...(columns.find((column) => column.figures)?.figures.keys() ?? [])];
const width = Math.max(...names.map((name) => name.length));
console.log(`\n  ${''.padEnd(width)}  ${columns.map((column) => column.title.padStart(20)).join('  ')}`);
for (const name of names)
  console.log(`  ${name.padEnd(width)}  ${columns.map((column) => (column.figures?.get(name) ?? '').padStart(20)).join('  ')}`);
for (const column of columns) if (column.skipped) console.log(`  ${column.title}: ${column.skipped}`);
process.exit(0);
