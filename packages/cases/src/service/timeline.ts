/**
 * The timeline of a case, built from the audit log: who, what, when and the
 * names of fields, never their values. Entries about notes the reader's
 * organisation may not read are left out, and field names are only those the
 * reader's roles may see.
 */
import { parseInput } from '@civicbricks/core/validation';
import type { JsonObject } from '@civicbricks/workflow';
import * as z from 'zod/mini';
import { visibleFields } from '../permissions.js';
import { rolesOn, type ServiceContext } from './context.js';
import { actorSchema, CASES_COLLECTION, id, type CaseRecord, type TimelineEntry } from './records.js';

export const timelineSchema = z.strictObject({
  caseId: id('`caseId`'),
  actor: actorSchema,
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(500))),
  /** `nextAfterSeq` from the previous page. */
  afterSeq: z.optional(z.int().check(z.minimum(0))),
  /** Also the views by other organisations (`case.viewed`): for the owning organisation only. */
  includeViews: z.optional(z.boolean()),
});

export interface TimelineMethods {
  /**
   * What happened to the case, oldest first, built from the audit log: the
   * entries of notes the reader's organisation may not read are left out, and
   * field names are only those the reader's roles may see.
   */
  timeline(
    input: z.input<typeof timelineSchema>,
  ): Promise<{ readonly items: readonly TimelineEntry[]; readonly nextAfterSeq: number | undefined }>;
}

export function timelineMethods(context: ServiceContext): TimelineMethods {
  const { store, readCase, typeOf, accessTo, recordView } = context;
  return {
    async timeline(input) {
      const args = parseInput(timelineSchema, input, { path: ['input'], codePrefix: 'cases.timeline' });
      const stored = await readCase(store, args.caseId, args.actor);
      const access = await accessTo(store, stored, args.actor);
      if (access !== undefined) await recordView(store, stored, args.actor, access, 'timeline');
      const withViews = args.includeViews === true && access?.via === 'owner';
      const visible = visibleFields(typeOf(stored.data), rolesOn(stored.data, args.actor));
      const limit = args.limit ?? 100;
      const items: TimelineEntry[] = [];
      let afterSeq = args.afterSeq ?? 0;
      let more = true;
      // As with notes: each read asks for no more than the page still needs, so no entry is passed over.
      while (more && items.length < limit) {
        const wanted = limit - items.length;
        const entries = await store.audit.list({ collection: CASES_COLLECTION, recordId: stored.id, afterSeq, limit: wanted });
        for (const entry of entries) {
          afterSeq = entry.seq;
          if (
            PRIVATE_ENTRIES.has(entry.action) &&
            !mayReadPrivateEntry(entry.action, entry.metadata, stored.data, args.actor.organisationId)
          ) {
            continue;
          }
          if (entry.action === 'case.viewed' && !withViews) continue;
          items.push({
            seq: entry.seq,
            at: entry.at,
            actor: entry.actor,
            action: entry.action,
            fields: entry.fields.filter((field) => visible.has(field)),
            metadata: entry.metadata,
          });
        }
        more = entries.length === wanted;
      }
      return { items, nextAfterSeq: more ? afterSeq : undefined };
    },
  };
}

/** Entries about notes, tasks and documents, seen only where the thing itself is seen. */
const PRIVATE_ENTRIES: ReadonlySet<string> = new Set(['case.note_added', 'case.task_added', 'case.task_changed', 'case.document_added']);

function mayReadPrivateEntry(action: string, metadata: JsonObject, record: CaseRecord, organisationId: string): boolean {
  const sharedWith = metadata['sharedWith'];
  if (metadata['organisation'] === organisationId || (Array.isArray(sharedWith) && sharedWith.includes(organisationId))) return true;
  // Evidence on a case is always the owning organisation's to see.
  return action === 'case.document_added' && record.ownerOrganisationId === organisationId;
}
