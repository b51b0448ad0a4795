// A realistic workflow shared by the tests: a council's blue badge application.
import * as z from 'zod/mini';
import { createMachine, defineRegistry, type JsonValue, type WorkflowDefinition, type WorkflowMachine } from '../src/index.js';

export const blueBadgeJson = {
  id: 'blue-badge-application',
  version: 1,
  title: 'Blue badge application',
  division: 'england-and-wales',
  context: { initial: { evidenceRequests: 0, decision: null, notes: [] }, validator: 'blueBadge' },
  initial: 'submitted',
  states: {
    submitted: {
      title: 'Submitted',
      entry: ['acknowledge'],
      on: { startReview: { target: 'inReview' }, withdraw: { target: 'withdrawn' } },
      timers: [{ id: 'triageDeadline', after: 'P14D', target: 'inReview' }],
    },
    inReview: {
      title: 'In review',
      initial: 'awaitingEvidence',
      entry: [{ name: 'log', params: { message: 'review started' } }],
      exit: [{ name: 'log', params: { message: 'review finished' } }],
      on: { withdraw: { target: 'withdrawn' }, addNote: { actions: ['appendNote'] } },
      states: {
        awaitingEvidence: {
          title: 'Awaiting evidence',
          entry: ['requestEvidence'],
          on: { evidenceReceived: { target: 'assessing' } },
          timers: [{ id: 'evidenceDeadline', workingDays: 10, target: 'refused', actions: ['recordNoEvidence'] }],
        },
        assessing: {
          title: 'Assessing',
          on: {
            decide: [
              { target: 'approved', guard: 'meetsCriteria', actions: ['recordDecision'] },
              { target: 'refused', actions: ['recordDecision'] },
            ],
            requestMoreEvidence: { target: 'awaitingEvidence', guard: { name: 'fewerRequestsThan', params: { limit: 3 } } },
          },
        },
      },
    },
    decided: {
      title: 'Decided',
      initial: 'approved',
      states: {
        approved: { type: 'final', title: 'Approved', entry: ['sendDecision'] },
        refused: { type: 'final', title: 'Refused', entry: ['sendDecision'] },
      },
    },
    withdrawn: { type: 'final', title: 'Withdrawn' },
  },
} as const;

export interface BlueBadgeContext {
  evidenceRequests: number;
  decision: 'approved' | 'refused' | null;
  reason?: string;
  decidedAt?: string;
  notes: string[];
  log?: string[];
}

const ContextSchema = z.object({
  evidenceRequests: z.int().check(z.minimum(0)),
  decision: z.nullable(z.enum(['approved', 'refused'])),
  reason: z.optional(z.string()),
  decidedAt: z.optional(z.string()),
  notes: z.array(z.string().check(z.maxLength(200))),
  log: z.optional(z.array(z.string())),
});

const ctx = (value: JsonValue): BlueBadgeContext => value as unknown as BlueBadgeContext;
const data = (value: JsonValue | undefined): Record<string, JsonValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, JsonValue>) : {};

export const registry = defineRegistry({
  guards: {
    meetsCriteria: ({ event }) => data(event.data).eligible === true,
    fewerRequestsThan: ({ context, params }) => ctx(context).evidenceRequests < Number(params.limit),
  },
  actions: {
    acknowledge: () => ({ commands: [{ command: 'notify.send', payload: { template: 'acknowledgement' } }] }),
    log: ({ context, params }) => {
      const current = ctx(context);
      return { context: { ...current, log: [...(current.log ?? []), String(params.message)] } as unknown as JsonValue };
    },
    requestEvidence: ({ context }) => ({
      context: { ...ctx(context), evidenceRequests: ctx(context).evidenceRequests + 1 } as unknown as JsonValue,
      commands: [{ command: 'notify.send', payload: { template: 'evidence-request' } }],
    }),
    recordNoEvidence: ({ context }) => ({
      context: { ...ctx(context), decision: 'refused', reason: 'no-evidence' } as unknown as JsonValue,
    }),
    recordDecision: ({ context, event, now }) => ({
      context: {
        ...ctx(context),
        decision: data(event.data).eligible === true ? 'approved' : 'refused',
        decidedAt: now,
      } as unknown as JsonValue,
    }),
    sendDecision: ({ state }) => ({ commands: [{ command: 'notify.send', payload: { template: 'decision', from: state.join('.') } }] }),
    appendNote: ({ context, event }) => ({
      context: { ...ctx(context), notes: [...ctx(context).notes, String(data(event.data).note ?? '')] } as unknown as JsonValue,
    }),
  },
  contextValidators: { blueBadge: ContextSchema },
});

/** The example made into a machine once, as a service would at start-up. */
export const machine: WorkflowMachine = createMachine(blueBadgeJson, registry);
export const blueBadge: WorkflowDefinition = machine.definition;

/** A deep, mutable copy of the example definition, to break in one place per test. */
export function copyOfBlueBadge(): Record<string, unknown> & { states: Record<string, Record<string, unknown>> } {
  return structuredClone(blueBadgeJson) as unknown as Record<string, unknown> & { states: Record<string, Record<string, unknown>> };
}
