/**
 * Organisations (a council, an NHS trust, the police, a charity) as records,
 * with their staff and each person's roles there. A case's team draws on
 * several of them; `actorFor` turns a signed-in person into the `Actor` the
 * rest of the service takes, from the directory rather than from the request.
 */
import { ConflictError, NotFoundError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import type { Store, Transaction } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { assertServiceRole, type ServiceContext } from './context.js';
import { actorSchema, type Actor } from './records.js';

export const ORGANISATIONS_COLLECTION = 'cases.organisation';
export const STAFF_COLLECTION = 'cases.staff';
export const ORGANISATION_KINDS = ['council', 'nhs-trust', 'police', 'charity', 'school', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

// Organisation and staff ids become record ids (`<organisation>:<user>` for staff), so they keep to what storage allows.
const directoryId = (what: string, max: number) =>
  z
    .string(`${what} must be text`)
    .check(z.regex(new RegExp(`^[A-Za-z0-9._-]{1,${max}}$`), `${what} must be 1 to ${max} letters, digits, dots, hyphens or underscores`));

const organisationRecord = z.object({
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  registeredAt: z.string(),
  registeredBy: z.string(),
});
const staffRecord = z.object({
  organisationId: z.string(),
  userId: z.string(),
  roles: z.array(z.string()),
  active: z.boolean(),
  since: z.string(),
  /** When the person left the organisation; null while they work there. */
  until: z.nullable(z.string()),
});

const roles = z.array(directoryId('A role', 64));
const staffInput = z.strictObject({ userId: directoryId('`userId`', 100), roles });
export const registerOrganisationSchema = z.strictObject({
  id: directoryId('`id`', 64),
  name: z.string('`name` must be text').check(z.minLength(1, 'Give the organisation a name'), z.maxLength(200)),
  kind: z.enum(ORGANISATION_KINDS, `\`kind\` must be one of ${ORGANISATION_KINDS.join(', ')}`),
  /** Its first staff, so a new organisation is not left with nobody who can manage it. */
  staff: z.optional(z.array(staffInput)),
  actor: actorSchema,
});
export const staffChangeSchema = z.strictObject({
  organisationId: directoryId('`organisationId`', 64),
  userId: directoryId('`userId`', 100),
  roles,
  actor: actorSchema,
});
export const staffLeaveSchema = z.strictObject({
  organisationId: directoryId('`organisationId`', 64),
  userId: directoryId('`userId`', 100),
  actor: actorSchema,
});
const actorForSchema = z.strictObject({ userId: directoryId('`userId`', 100), organisationId: directoryId('`organisationId`', 64) });

export interface StaffMember {
  readonly organisationId: string;
  readonly userId: string;
  readonly roles: readonly string[];
  readonly active: boolean;
  readonly since: string;
  readonly until: string | null;
}

export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly registeredAt: string;
  /** Everyone who works or worked there, in the order they joined. */
  readonly staff: readonly StaffMember[];
}

export interface OrganisationMethods {
  /** Needs the service role `manageDirectory`. `cases.organisation_exists` if the id is taken. */
  registerOrganisation(input: z.input<typeof registerOrganisationSchema>): Promise<Organisation>;
  getOrganisation(organisationId: string): Promise<Organisation>;
  /** Adds someone to the actor's own organisation, or changes their roles there (`manageDirectory`). */
  setStaffRoles(input: z.input<typeof staffChangeSchema>): Promise<StaffMember>;
  /** Someone leaves the actor's organisation: kept as history, no longer active. */
  removeStaff(input: z.input<typeof staffLeaveSchema>): Promise<StaffMember>;
  /** The `Actor` for a signed-in person, with their roles from the directory; `cases.staff_not_found` if they are not active staff. */
  actorFor(input: z.input<typeof actorForSchema>): Promise<Actor>;
}

const staffId = (organisationId: string, userId: string) => `${organisationId}:${userId}`;

/** The person's active staff record, or a typed refusal naming who and where. */
export async function requireActiveStaff(
  handle: Store | Transaction,
  organisationId: string,
  userId: string,
  path: readonly (string | number)[],
) {
  const staff = await handle.collection(STAFF_COLLECTION, staffRecord).get(staffId(organisationId, userId));
  if (staff === undefined || !staff.data.active) {
    throw new NotFoundError('cases.staff_not_found', `"${userId}" is not on the staff of the organisation "${organisationId}"`, { path });
  }
  return staff.data;
}

export function organisationMethods(context: ServiceContext): OrganisationMethods {
  const { store, now, settings } = context;
  const organisations = (handle: Store | Transaction) => handle.collection(ORGANISATIONS_COLLECTION, organisationRecord);
  const staffOf = (handle: Store | Transaction) => handle.collection(STAFF_COLLECTION, staffRecord);

  const load = async (handle: Store | Transaction, organisationId: string): Promise<Organisation> => {
    const organisation = await organisations(handle).get(organisationId);
    if (organisation === undefined) {
      throw new NotFoundError('cases.organisation_not_found', `There is no organisation "${organisationId}" in the directory`, {
        path: ['organisationId'],
      });
    }
    const staff: StaffMember[] = [];
    let cursor: string | undefined;
    do {
      const page = await staffOf(handle).list({ where: { organisationId }, limit: 500, ...(cursor === undefined ? {} : { cursor }) });
      staff.push(...page.items.map((item) => item.data));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return { id: organisation.id, ...organisation.data, staff };
  };

  const assertOwnOrganisation = (actor: Actor, organisationId: string, operation: string) => {
    assertServiceRole(settings, actor, 'manageDirectory');
    if (actor.organisationId !== organisationId) {
      throw new ConflictError(
        'cases.directory.other_organisation',
        `You can ${operation} only in your own organisation: ask someone in "${organisationId}" who manages its directory`,
        { path: ['input', 'organisationId'] },
      );
    }
  };

  return {
    async registerOrganisation(input) {
      const args = parseInput(registerOrganisationSchema, input, { path: ['input'], codePrefix: 'cases.organisation' });
      assertServiceRole(settings, args.actor, 'manageDirectory');
      return store.transaction(async (tx) => {
        const at = now();
        if ((await organisations(tx).get(args.id)) !== undefined) {
          throw new ConflictError('cases.organisation_exists', `The directory already has an organisation "${args.id}"`, {
            path: ['input', 'id'],
          });
        }
        await organisations(tx).insert(
          { name: args.name, kind: args.kind, registeredAt: at, registeredBy: args.actor.userId },
          { id: args.id },
        );
        for (const member of args.staff ?? []) {
          await staffOf(tx).insert(
            { organisationId: args.id, userId: member.userId, roles: [...new Set(member.roles)], active: true, since: at, until: null },
            { id: staffId(args.id, member.userId) },
          );
        }
        await tx.audit.append({
          actor: args.actor.userId,
          action: 'directory.organisation_registered',
          collection: ORGANISATIONS_COLLECTION,
          recordId: args.id,
          metadata: { kind: args.kind, staff: (args.staff ?? []).length, organisation: args.actor.organisationId },
        });
        return load(tx, args.id);
      });
    },

    async getOrganisation(organisationId) {
      const args = parseInput(
        z.strictObject({ organisationId: directoryId('`organisationId`', 64) }),
        { organisationId },
        {
          codePrefix: 'cases.organisation',
        },
      );
      return load(store, args.organisationId);
    },

    async setStaffRoles(input) {
      const args = parseInput(staffChangeSchema, input, { path: ['input'], codePrefix: 'cases.staff' });
      assertOwnOrganisation(args.actor, args.organisationId, 'change staff roles');
      return store.transaction(async (tx) => {
        await load(tx, args.organisationId);
        const at = now();
        const existing = await staffOf(tx).get(staffId(args.organisationId, args.userId));
        const data = { organisationId: args.organisationId, userId: args.userId, roles: [...new Set(args.roles)], active: true };
        const saved =
          existing === undefined
            ? await staffOf(tx).insert({ ...data, since: at, until: null }, { id: staffId(args.organisationId, args.userId) })
            : await staffOf(tx).update(existing.id, existing.version, {
                ...data,
                since: existing.data.active ? existing.data.since : at,
                until: null,
              });
        await tx.audit.append({
          actor: args.actor.userId,
          action: existing === undefined ? 'directory.staff_added' : 'directory.staff_roles_changed',
          collection: STAFF_COLLECTION,
          recordId: saved.id,
          metadata: { roles: saved.data.roles, before: existing?.data.roles ?? [], organisation: args.organisationId },
        });
        return saved.data;
      });
    },

    async removeStaff(input) {
      const args = parseInput(staffLeaveSchema, input, { path: ['input'], codePrefix: 'cases.staff' });
      assertOwnOrganisation(args.actor, args.organisationId, 'remove staff');
      return store.transaction(async (tx) => {
        const existing = await staffOf(tx).get(staffId(args.organisationId, args.userId));
        if (existing === undefined || !existing.data.active) {
          throw new NotFoundError('cases.staff_not_found', `"${args.userId}" is not on the staff of "${args.organisationId}"`, {
            path: ['input', 'userId'],
          });
        }
        const saved = await staffOf(tx).update(existing.id, existing.version, { ...existing.data, active: false, until: now() });
        await tx.audit.append({
          actor: args.actor.userId,
          action: 'directory.staff_left',
          collection: STAFF_COLLECTION,
          recordId: saved.id,
          metadata: { organisation: args.organisationId },
        });
        return saved.data;
      });
    },

    async actorFor(input) {
      const args = parseInput(actorForSchema, input, { path: ['input'], codePrefix: 'cases.actor' });
      const staff = await requireActiveStaff(store, args.organisationId, args.userId, ['input', 'userId']);
      return { userId: staff.userId, organisationId: staff.organisationId, roles: [...staff.roles] };
    },
  };
}
