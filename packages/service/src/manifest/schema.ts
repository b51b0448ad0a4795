/**
 * The service manifest: one JSON file that says what a service is (its name in English and Welsh, who runs it,
 * how it looks), what citizens fill in (the journeys), what staff may do (roles), which messages go out when,
 * what it costs, how long data is kept, and the statements every GOV.UK-style service must publish.
 *
 * Written with zod classic so `z.toJSONSchema` turns it into `manifest.schema.json` for editors. The other
 * bricks' own definitions (journeys, case types, templates, fee schedules) are checked by those bricks once the
 * shape here holds: see `load.ts`.
 */
import { z } from 'zod';

/** The version of the manifest format this package reads. Raised only with a migration of older manifests. */
export const MANIFEST_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, 'An id is lower-case letters, digits and hyphens, starting with a letter, such as warm-space');

/** Text in English and, where the service offers Welsh, in Welsh. */
export const LocalTextSchema = z
  .strictObject({
    en: z.string().min(1, 'Write the English text').max(5000),
    cy: z.string().min(1, 'Write the Welsh text, or leave `cy` out').max(5000).optional(),
  })
  .describe('Text in English (`en`) and, where the service offers Welsh, Welsh (`cy`).');
export type LocalText = z.output<typeof LocalTextSchema>;

/** Another JSON file beside the manifest, such as `"journey.json"`. */
const FileRefSchema = z.strictObject({
  file: z
    .string()
    .min(1)
    .max(500)
    .regex(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+\.json$/, 'A file is a .json path beside the manifest, such as journey.json (no "..")')
    .describe('A JSON file beside the manifest, such as journey.json'),
});

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is # and six hex digits, such as #1d70b8');
const email = z.email('Give an email address such as help@anytown.gov.uk');
const https = z
  .url({ protocol: /^https$/, error: 'Give an https:// address' })
  .max(2000)
  .describe('An https:// address');

export const JourneyEntrySchema = z
  .strictObject({
    id,
    /** Where it lives: `/<path>/` on the service. */
    path: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,62}$/, 'A path is lower-case letters, digits and hyphens, such as register')
      .describe('The address of the journey on the service: /<path>/'),
    /** A registration journey definition (see `@civicbricks/registration`), inline or in a file. */
    definition: z
      .union([FileRefSchema, z.record(z.string(), z.unknown())])
      .describe('A registration journey: inline, or { "file": "journey.json" }'),
  })
  .describe('A journey citizens fill in.');

export const TemplateSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    type: z.enum(['email', 'sms', 'letter']),
    name: z.string().optional(),
    formattedPlaceholders: z.array(z.string().min(1).max(200)).optional(),
    variants: z.strictObject({
      en: z.strictObject({ subject: z.string().min(1).optional(), body: z.string().min(1) }),
      cy: z.strictObject({ subject: z.string().min(1).optional(), body: z.string().min(1) }).optional(),
    }),
  })
  .describe('A GOV.UK Notify-style template: ((placeholders)), one variant per language.');

/** When a message goes: on a journey's submission, or when a case takes a workflow event. */
export const SendRuleSchema = z
  .strictObject({
    on: z
      .string()
      .regex(/^(submitted|workflow:[A-Za-z][A-Za-z0-9_-]{0,63})$/, 'Say `submitted`, or `workflow:<event>` for a case type’s event')
      .describe('`submitted`, or `workflow:<event>`'),
    /** The journey whose answers fill the message in. */
    journey: id,
    template: z.string().min(1).max(200),
    /** The question whose answer is the email address or phone number; no message when it was left empty. */
    to: z.string().min(1).max(64).optional(),
    /** Placeholder name to the question whose answer fills it, where the two names differ. */
    personalisation: z.record(z.string().min(1).max(200), z.string().min(1).max(64)).optional(),
  })
  .describe('Send a template when something happens.');

export const PermissionSchema = z.enum(['register.view', 'register.export', 'outbox.view', 'outbox.retry', 'users.manage']);
export type Permission = z.output<typeof PermissionSchema>;

export const StaffRoleSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'A role id is a letter, then letters, digits, - or _'),
  name: LocalTextSchema,
  /** The organisation its people work for, when several share the service. */
  organisation: z.string().min(1).max(200).optional(),
  permissions: z.array(PermissionSchema).describe('What people with this role may do on the staff pages'),
});

export const PaymentStepSchema = z.strictObject({
  journey: id,
  /** The fee schedule (from `fees`) the payment is priced from. */
  fee: z.string().min(1).max(64),
  /** The page after which the person pays: usually check your answers. */
  afterPage: z.string().min(1).max(64),
});

export const ManifestSchema = z
  .strictObject({
    $schema: z.string().optional(),
    manifestVersion: z.literal(MANIFEST_VERSION).describe('The manifest format version: 1'),
    id,
    name: LocalTextSchema,
    description: LocalTextSchema,
    organisation: z.strictObject({
      name: z.string().min(1).max(200),
      type: z.enum(['council', 'charity', 'nhs', 'other']),
      url: https.optional(),
    }),
    branding: z
      .strictObject({
        colour: colour.describe('The header colour'),
        /** A path to an SVG or PNG beside the manifest. */
        logo: z
          .string()
          .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png)$/, 'A logo is an .svg or .png file beside the manifest')
          .optional(),
        /** The name shown in the header, when it differs from the organisation's. */
        headerName: z.string().min(1).max(200).optional(),
      })
      .describe('The council or charity theme'),
    languages: z
      .array(z.enum(['en', 'cy']))
      .min(1)
      .refine((list) => list.includes('en'), 'English is always offered: list "en"')
      .refine((list) => new Set(list).size === list.length, 'List each language once'),
    journeys: z.array(JourneyEntrySchema).min(1, 'A service needs at least one journey'),
    /** A case type (see `@civicbricks/cases`) staff work submissions through; none for a simple register. */
    caseType: z.union([FileRefSchema, z.record(z.string(), z.unknown())]).optional(),
    notifications: z
      .strictObject({
        templates: z.array(TemplateSchema),
        send: z.array(SendRuleSchema),
      })
      .optional(),
    /** Fee schedules (see `@civicbricks/payments`). */
    fees: z.array(z.record(z.string(), z.unknown())).optional(),
    payments: z.array(PaymentStepSchema).optional(),
    staff: z.strictObject({ roles: z.array(StaffRoleSchema).min(1, 'A service needs at least one staff role') }),
    retention: z.strictObject({
      /** Submissions older than this are erased (the audit trail keeps that they existed). */
      submissionsDays: z.int().min(1).max(3650),
      /** Unfinished answers are deleted after this long without activity. */
      sessionHours: z.int().min(1).max(672).default(24),
    }),
    contact: z.strictObject({
      email: email.optional(),
      phone: z.string().min(5).max(40).optional(),
      hours: LocalTextSchema.optional(),
      address: LocalTextSchema.optional(),
    }),
    accessibility: z.strictObject({
      compliance: z.enum(['full', 'partial', 'none']),
      /** What does not meet WCAG 2.2 AA yet, in plain words. */
      knownIssues: z.array(LocalTextSchema).default([]),
      preparedOn: z.iso.date('Give the date as YYYY-MM-DD'),
      reviewedOn: z.iso.date('Give the date as YYYY-MM-DD').optional(),
    }),
    privacy: z.strictObject({
      /** Who decides what happens to the data (the data controller). */
      controller: z.string().min(1).max(200),
      purpose: LocalTextSchema,
      lawfulBasis: LocalTextSchema,
      /** Who else sees the data, if anyone. */
      sharedWith: LocalTextSchema.optional(),
    }),
    runningCosts: z
      .strictObject({
        /** Hosting, per month, in pence. */
        hostingPencePerMonth: z.int().min(0),
        /** Each text message fragment, in pence (GOV.UK Notify's rate beyond the free allowance). */
        smsPencePerFragment: z.int().min(0).optional(),
        notes: LocalTextSchema.optional(),
      })
      .optional(),
  })
  .describe('A Civic Bricks service manifest');

export type ManifestInput = z.input<typeof ManifestSchema>;
export type Manifest = z.output<typeof ManifestSchema>;
export type SendRule = z.output<typeof SendRuleSchema>;
export type StaffRole = z.output<typeof StaffRoleSchema>;

/** The JSON Schema editors use to complete and check a manifest (`manifest.schema.json`). */
export function manifestJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ManifestSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Civic Bricks service manifest',
  };
}
