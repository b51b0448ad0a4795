import { describe, expect, it } from 'vitest';
import { describeDefinition, parseDefinition, start, toMermaid, transition } from '../src/index.js';
import { blueBadge, blueBadgeJson, machine } from './fixtures.js';

describe('toMermaid', () => {
  const diagram = toMermaid(blueBadge);
  const lines = diagram.split('\n');

  it('writes a stateDiagram-v2 with the initial state', () => {
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines[1]).toBe('  [*] --> submitted');
  });

  it('nests compound states with their own initial state, and leads final states to [*]', () => {
    const open = lines.indexOf('  state inReview {');
    const close = lines.indexOf('  }', open);
    expect(open).toBeGreaterThan(0);
    const inside = lines.slice(open + 1, close);
    expect(inside).toContain('    [*] --> awaitingEvidence');
    expect(inside).toContain('    awaitingEvidence --> assessing : evidenceReceived');
    expect(inside).toContain('    assessing --> awaitingEvidence : requestMoreEvidence [fewerRequestsThan]');
    const decided = lines.slice(lines.indexOf('  state decided {'));
    expect(decided).toContain('    approved --> [*]');
    expect(decided).toContain('    refused --> [*]');
    expect(lines).toContain('  withdrawn --> [*]');
  });

  it('labels arrows with events, guards in brackets and timers, across blocks where needed', () => {
    expect(lines).toContain('  assessing --> approved : decide [meetsCriteria]');
    expect(lines).toContain('  assessing --> refused : decide');
    expect(lines).toContain('  awaitingEvidence --> refused : after 10 working days (England and Wales)');
    expect(lines).toContain('  submitted --> inReview : after P14D');
    expect(lines).toContain('  inReview --> inReview : addNote (stays)');
    expect(lines).toContain('    state "Awaiting evidence" as awaitingEvidence');
  });

  it('highlights the current state with a classDef only when asked', () => {
    expect(diagram).not.toContain('classDef');
    const started = start(machine, '2026-12-18T10:00:00Z').snapshot;
    const reviewing = transition(machine, started, 'startReview', '2026-12-18T11:00:00Z').snapshot;
    const current = toMermaid(blueBadge, { current: reviewing }).split('\n');
    expect(current).toContain('  classDef current fill:#ffdd00,stroke:#0b0c0c,stroke-width:3px,color:#0b0c0c');
    expect(current).toContain('  class awaitingEvidence current');
    expect(toMermaid(blueBadge, { current: ['inReview', 'assessing'] })).toContain('  class assessing current');
  });

  it('draws and describes a machine exactly as its definition', () => {
    const started = start(machine, '2026-12-18T10:00:00Z').snapshot;
    expect(toMermaid(machine, { current: started })).toBe(toMermaid(blueBadgeJson, { current: started }));
    expect(describeDefinition(machine, started)).toBe(describeDefinition(blueBadgeJson, started));
    expect(describeDefinition(machine)).toContain('"Awaiting evidence"');
  });

  it('needs no registry, and escapes titles so they cannot break the diagram', () => {
    const definition = parseDefinition(
      {
        id: 'escapes',
        version: 1,
        initial: 'a',
        states: { a: { title: 'Say "hi"; then {leave}', on: { go: { target: 'b', guard: 'unregisteredHere' } } }, b: { type: 'final' } },
      },
      { guards: { unregisteredHere: () => true } },
    );
    const text = toMermaid(definition);
    expect(text).toContain('  state "Say #34;hi#34;#59; then #123;leave#125;" as a');
    expect(text).toContain('  a --> b : go [unregisteredHere]');
  });
});

describe('describeDefinition', () => {
  it('lists every state, nested under its parent, with events, guards, actions and timers in English', () => {
    const text = describeDefinition(blueBadge);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Workflow "Blue badge application" (blue-badge-application, version 1), 8 states.');
    expect(lines).toContain('It starts in "Submitted".');
    expect(lines).toContain(
      '- "In review", made of "Awaiting evidence" and "Assessing", starting in "Awaiting evidence"; on entry it does log; on exit it does log.',
    );
    expect(lines).toContain(
      '    - "decide": if meetsCriteria, goes to "Approved", doing recordDecision; otherwise goes to "Refused", doing recordDecision.',
    );
    expect(lines).toContain(
      '    - Timer "evidenceDeadline": after 10 working days (England and Wales) at the end of that day, goes to "Refused", doing recordNoEvidence.',
    );
    expect(lines).toContain('  - "Approved", a final state; on entry it does sendDecision.');
    expect(lines).toContain('  - "addNote": stays where it is, doing appendNote.');
    for (const state of ['Submitted', 'In review', 'Awaiting evidence', 'Assessing', 'Decided', 'Approved', 'Refused', 'Withdrawn']) {
      expect(text).toContain(`"${state}"`);
    }
  });

  it('says where an instance is and which timers are pending', () => {
    const started = start(machine, '2026-12-18T10:00:00Z').snapshot;
    const reviewing = transition(machine, started, 'startReview', '2026-12-18T11:00:00Z').snapshot;
    const lines = describeDefinition(blueBadge, reviewing, 'en').split('\n');
    expect(lines).toContain('Now in "Awaiting evidence" (inside "In review").');
    expect(lines).toContain('Timer "evidenceDeadline" is due at 2027-01-07T00:00:00.000Z.');
  });

  it('refuses a locale it cannot write rather than answering in the wrong language', () => {
    expect(() => describeDefinition(blueBadgeJson, undefined, 'cy')).toThrow(
      expect.objectContaining({ code: 'workflow.unsupported_locale', path: ['locale'] }),
    );
  });
});
