// A council's back-office script on the bricks: a fee, a journey answered and stored with a reference, a workflow
// step, and a text message in the outbox, all on PGlite in a data directory. Prints one line per check.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Money } from '@civicbricks/core/money';
import { ValidationError, isCivicError } from '@civicbricks/core/errors';
import { addWorkingDays } from '@civicbricks/core/working-days';
import { createOutboxProvider, notificationsMigrations } from '@civicbricks/notifications/outbox';
import { renderTemplate, type Template } from '@civicbricks/notifications';
import { answerPage, createJourney, journeyPath, type Answers } from '@civicbricks/registration';
import { createStore } from '@civicbricks/storage';
import { createMachine, defineRegistry, start, transition } from '@civicbricks/workflow';
import * as z from 'zod';

const checks: string[] = [];
const check = (name: string, body: () => void) => {
  body();
  checks.push(name);
};

const fee = Money.parse('£12.50');
check('core: money in pence, formatted the GOV.UK way', () => assert.equal(fee.multiply(2).format(), '£25'));
check('core: typed errors', () => {
  try {
    Money.parse('12.345');
    assert.fail('12.345 was accepted');
  } catch (error) {
    assert.ok(error instanceof ValidationError && isCivicError(error));
    assert.equal(error.code, 'money.too_many_decimal_places');
  }
});

const journey = createJourney({
  schemaVersion: 1,
  id: 'garden-waste',
  version: 1,
  title: { en: 'Garden waste collection', cy: 'Casglu gwastraff gardd' },
  start: 'bins',
  pages: [
    {
      id: 'bins',
      type: 'question',
      questions: [{ id: 'bins', type: 'number', label: { en: 'How many bins?', cy: 'Sawl bin?' } }],
      routes: [{ to: 'check' }],
    },
    { id: 'check', type: 'checkAnswers', next: 'done' },
    { id: 'done', type: 'confirmation', title: { en: 'Subscribed', cy: 'Wedi tanysgrifio' } },
  ],
});
let answers: Answers = {};
const refused = answerPage(journey, answers, 'bins', { bins: 'two' }, { locale: 'en' });
check('registration: a wrong answer gets a GOV.UK message', () => assert.ok(!refused.ok && refused.errors.length === 1));
const answered = answerPage(journey, answers, 'bins', { bins: '2' }, { locale: 'en' });
if (!answered.ok) throw new Error(answered.errors.map((error) => error.message).join('; '));
answers = answered.answers;
check('registration: routes to check your answers', () => assert.equal(journeyPath(journey, answers).current, 'check'));

const machine = createMachine(
  {
    id: 'garden-waste-subscription',
    version: 1,
    division: 'england-and-wales',
    initial: 'requested',
    states: { requested: { on: { pay: { target: 'active' } } }, active: { type: 'final' } },
  },
  defineRegistry({}),
);
const { snapshot } = start(machine, '2026-12-18T10:00:00Z');
const paid = transition(machine, snapshot, 'pay', '2026-12-18T11:00:00Z');
check('workflow: a step of the state machine', () => assert.deepEqual(paid.snapshot.state, ['active']));
check('core: working days skip Christmas', () =>
  assert.equal(addWorkingDays('2026-12-24', 1, { division: 'england-and-wales' }), '2026-12-29'),
);

const dataDir = mkdtempSync(join(tmpdir(), 'civic-pglite-'));
try {
  const store = await createStore({ adapter: 'pglite', dataDir, migrations: [notificationsMigrations] });
  const subscriptions = store.collection('garden.subscription', z.object({ bins: z.number(), fee: z.number() }));
  const created = await subscriptions.insert({ bins: Number(answers['bins']), fee: fee.multiply(2).pence });
  const reminder: Template = {
    id: 'collection-day',
    type: 'sms',
    variants: {
      en: { body: 'Your garden waste is collected on ((day)).' },
      cy: { body: 'Caiff eich gwastraff gardd ei gasglu ar ((day)).' },
    },
  };
  check('notifications: a template rendered with its SMS count', () =>
    assert.equal(renderTemplate(reminder, { day: 'Tuesday' }, { locale: 'en' }).sms?.fragments, 1),
  );
  const outbox = createOutboxProvider({ store });
  await outbox.send({ template: reminder, to: '07700 900123', personalisation: { day: 'Tuesday' }, reference: created.id });
  const sent = await outbox.list({ type: 'sms', reference: created.id });
  check('notifications + storage: the message is in the outbox on PGlite', () => assert.equal(sent.items.length, 1));
  const stored = await subscriptions.get(created.id);
  check('storage: the record reads back', () => assert.equal(stored?.data.fee, 2500));
  await store.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

for (const name of checks) console.log(`ok ${name}`);
console.log(`${checks.length} checks passed on Node ${process.versions.node}`);
