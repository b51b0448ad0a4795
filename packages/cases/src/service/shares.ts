/**
 * Sharing a case with another organisation, always on a recorded basis:
 * consent (who gave it, when, the words put to them, how) or a legal basis
 * such as safeguarding. A share lets the organisation reach the case, see the
 * fields named in it, and read the notes shared with it; every view it makes
 * is recorded in the audit log. The basis itself can name people, so it is
 * kept in the share record and the audit entry's erasable detail, never in
 * chain metadata.
 */
import { ConflictError, NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import { isIsoDate, toIsoDate } from '@civicbricks/core/working-days';
import * as z from 'zod/mini';
import { assertCanPerform, visibleFields } from '../permissions.js';
import { type ServiceContext } from './context.js';
import { after, listAll } from './listing.js';
import {
  actorSchema,
  CONSENT_CHANNELS,
  id,
  LEGAL_BASES,
  SHARES_COLLECTION,
  shareRecord,
  unique,
  versioned,
  type CaseShare,
  type ShareRecord,
} from './records.js';

const MAX_BASIS_TEXT = 5_000;
const text = (what: string, missing: string) =>
  z.string(`${what} must be text`).check(
    z.refine((value) => value.trim().length > 0, { message: missing, abort: true }),
    z.maxLength(MAX_BASIS_TEXT, `${what} must be at most ${MAX_BASIS_TEXT} characters`),
  );

const basisInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('consent'),
    givenBy: text('`givenBy`', 'Say who gave consent'),
    givenAt: z.iso.datetime({ offset: true, error: '`givenAt` must be the ISO 8601 date and time consent was given' }),
    wording: text('`wording`', 'Record the words the person agreed to'),
    channel: z.enum(CONSENT_CHANNELS, `\`channel\` must be one of ${CONSENT_CHANNELS.join(', ')}`),
  }),
  z.strictObject({
    kind: z.literal('legal'),
    basis: z.enum(LEGAL_BASES, `\`basis\` must be one of ${LEGAL_BASES.join(', ')}`),
    detail: text('`detail`', 'Say why this legal basis applies to this case'),
  }),
]);

export const shareSchema = z.strictObject({
  ...versioned,
  /** The organisation the case is shared with. */
  organisationId: id('`organisationId`'),
  /** Fields of the case it may see; each must be one the sharer sees. */
  fields: z.array(id('A field')),
  basis: basisInput,
  /** Last day the share holds (`YYYY-MM-DD`), for consent given for a time; open-ended when absent. */
  until: z.optional(z.string().check(z.refine((value) => isIsoDate(value), '`until` must be a date, YYYY-MM-DD'))),
});
export const revokeShareSchema = z.strictObject({ ...versioned, shareId: id('`shareId`') });
export const listSharesSchema = z.strictObject({ caseId: id('`caseId`'), actor: actorSchema });

export interface ShareMethods {
  /** Needs `share` on the case; the case's owner shares it, and no one shares with their own organisation. */
  shareCase(input: z.input<typeof shareSchema>): Promise<CaseShare>;
  /** Ends a share (`share` on the case); notes shared on it stay unreadable to that organisation unless another share holds. */
  revokeShare(input: z.input<typeof revokeShareSchema>): Promise<CaseShare>;
  /** The case's shares, for its owning organisation (with their bases), or the reader's own shares otherwise. */
  listShares(input: z.input<typeof listSharesSchema>): Promise<readonly CaseShare[]>;
}

export function shareMethods(context: ServiceContext): ShareMethods {
  const { store, changeWith, readCase, clock } = context;
  const sharesOf = (caseId: string) =>
    listAll((cursor) => store.collection(SHARES_COLLECTION, shareRecord).list({ where: { caseId }, limit: 500, ...after(cursor) }));
  return {
    async shareCase(input) {
      const args = parseInput(shareSchema, input, { path: ['input'], codePrefix: 'cases.share' });
      const { result } = await changeWith(args, async (record, caseType, roles, at, tx) => {
        assertCanPerform(caseType, roles, 'share');
        if (record.ownerOrganisationId !== args.actor.organisationId) {
          throw new ConflictError('cases.share.not_owner', 'Only the organisation that owns the case can share it', { path: ['input'] });
        }
        if (args.organisationId === args.actor.organisationId) {
          throw new ValidationError('cases.share.own_organisation', 'Your organisation already sees its own case', {
            path: ['input', 'organisationId'],
          });
        }
        const visible = visibleFields(caseType, roles);
        const fields = unique(args.fields);
        fields.forEach((field, index) => {
          if (!visible.has(field)) {
            throw new ValidationError('cases.share.field_not_visible', `You cannot share the field "${field}": your roles do not see it`, {
              path: ['input', 'fields', index],
            });
          }
        });
        if (args.basis.kind === 'consent' && new Date(args.basis.givenAt).toISOString() > at) {
          throw new ValidationError('cases.share.consent_in_future', 'Consent cannot have been given later than now', {
            path: ['input', 'basis', 'givenAt'],
          });
        }
        const basis =
          args.basis.kind === 'consent'
            ? {
                ...args.basis,
                givenBy: args.basis.givenBy.trim(),
                wording: args.basis.wording.trim(),
                givenAt: new Date(args.basis.givenAt).toISOString(),
              }
            : { ...args.basis, detail: args.basis.detail.trim() };
        const data: ShareRecord = {
          caseId: args.caseId,
          organisationId: args.organisationId,
          fields,
          basis,
          grantedBy: args.actor.userId,
          grantedByOrganisation: args.actor.organisationId,
          grantedAt: at,
          until: args.until ?? null,
          active: true,
          revokedAt: null,
          revokedBy: null,
        };
        const stored = await tx.collection(SHARES_COLLECTION, shareRecord).insert(data);
        return {
          result: { id: stored.id, ...stored.data },
          record,
          audit: {
            action: 'case.shared',
            fields,
            metadata: {
              share: stored.id,
              with: args.organisationId,
              basis: basis.kind,
              ...(basis.kind === 'legal' ? { legalBasis: basis.basis } : { channel: basis.channel }),
              until: args.until ?? null,
            },
            after: { basis },
          },
        };
      });
      return result;
    },

    async revokeShare(input) {
      const args = parseInput(revokeShareSchema, input, { path: ['input'], codePrefix: 'cases.share' });
      const { result } = await changeWith(args, async (record, caseType, roles, at, tx) => {
        assertCanPerform(caseType, roles, 'share');
        const shares = tx.collection(SHARES_COLLECTION, shareRecord);
        const share = await shares.get(args.shareId);
        if (share === undefined || share.data.caseId !== args.caseId || !share.data.active) {
          throw new NotFoundError('cases.share.not_found', 'There is no such share of this case in force', { path: ['input', 'shareId'] });
        }
        const saved = await shares.update(share.id, share.version, {
          ...share.data,
          active: false,
          revokedAt: at,
          revokedBy: args.actor.userId,
        });
        return {
          result: { id: saved.id, ...saved.data },
          record,
          audit: { action: 'case.share_revoked', metadata: { share: share.id, with: share.data.organisationId } },
        };
      });
      return result;
    },

    async listShares(input) {
      const args = parseInput(listSharesSchema, input, { path: ['input'], codePrefix: 'cases.shares' });
      const stored = await readCase(store, args.caseId, args.actor);
      const all = (await sharesOf(stored.id)).map((share) => ({ id: share.id, ...share.data }));
      const today = toIsoDate(clock());
      const own = stored.data.ownerOrganisationId === args.actor.organisationId;
      return own
        ? all
        : all.filter(
            (share) => share.organisationId === args.actor.organisationId && share.active && (share.until === null || share.until >= today),
          );
    },
  };
}
