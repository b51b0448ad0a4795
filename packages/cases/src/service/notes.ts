/**
 * Notes: internal to their author's organisation unless shared with named
 * organisations. No query returns a note to an organisation it was not shared with.
 */
import { ConflictError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import { toIsoDate } from '@civicbricks/core/working-days';
import type { StoredRecord, Store, Transaction } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { assertCanPerform } from '../permissions.js';
import { activeShares, rolesOn, type ServiceContext } from './context.js';
import { listAll } from './listing.js';
import {
  actorSchema,
  CASES_COLLECTION,
  id,
  NOTES_COLLECTION,
  noteRecord,
  unique,
  type CaseNote,
  type CaseRecord,
  type NoteRecord,
} from './records.js';

const MAX_NOTE_LENGTH = 10_000;

export const noteSchema = z.strictObject({
  caseId: id('`caseId`'),
  body: z.string('`body` must be text').check(
    z.refine((value) => value.trim().length > 0, { message: 'Write the note before saving it', abort: true }),
    z.maxLength(MAX_NOTE_LENGTH, `A note must be at most ${MAX_NOTE_LENGTH} characters`),
  ),
  /** Organisations that may read the note besides the author's own; empty for an internal note. */
  sharedWith: z.array(id('An organisation id')),
  actor: actorSchema,
});
export const listNotesSchema = z.strictObject({
  caseId: id('`caseId`'),
  actor: actorSchema,
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(200))),
  cursor: z.optional(z.string()),
});

export interface NoteMethods {
  addNote(input: z.input<typeof noteSchema>): Promise<CaseNote>;
  /** The notes the actor's organisation may read, oldest first. */
  listNotes(
    input: z.input<typeof listNotesSchema>,
  ): Promise<{ readonly items: readonly CaseNote[]; readonly nextCursor: string | undefined }>;
}

export function noteMethods(context: ServiceContext): NoteMethods {
  const { store, now, clock, readCase, typeOf, accessTo, recordView } = context;
  return {
    async addNote(input) {
      const args = parseInput(noteSchema, input, { path: ['input'], codePrefix: 'cases.note' });
      const sharedWith = unique(args.sharedWith.filter((organisation) => organisation !== args.actor.organisationId));
      return store.transaction(async (tx) => {
        const stored = await readCase(tx, args.caseId, args.actor);
        assertCanPerform(typeOf(stored.data), rolesOn(stored.data, args.actor), 'addNote');
        const bases = await requireSharingBases(tx, stored, sharedWith, toIsoDate(clock()));
        const note = await tx.collection(NOTES_COLLECTION, noteRecord).insert({
          caseId: stored.id,
          authorId: args.actor.userId,
          organisationId: args.actor.organisationId,
          body: args.body,
          sharedWith,
          createdAt: now(),
        });
        await tx.audit.append({
          actor: args.actor.userId,
          action: 'case.note_added',
          collection: CASES_COLLECTION,
          recordId: stored.id,
          metadata: { note: note.id, organisation: args.actor.organisationId, sharedWith, shares: bases },
          after: { body: args.body },
        });
        return toNote(note);
      });
    },

    async listNotes(input) {
      const args = parseInput(listNotesSchema, input, { path: ['input'], codePrefix: 'cases.notes' });
      const stored = await readCase(store, args.caseId, args.actor);
      const access = await accessTo(store, stored, args.actor);
      if (access !== undefined) await recordView(store, stored, args.actor, access, 'notes');
      const limit = args.limit ?? 50;
      const notes = store.collection(NOTES_COLLECTION, noteRecord);
      const items: CaseNote[] = [];
      let cursor = args.cursor;
      // Notes the reader may not see are skipped here, in the brick, so a page may need several reads.
      // Each read asks for no more than the page still needs, so the cursor never passes a note not returned.
      do {
        const page = await notes.list({
          where: { caseId: args.caseId },
          limit: limit - items.length,
          ...(cursor === undefined ? {} : { cursor }),
        });
        for (const note of page.items) {
          if (mayRead(note.data, args.actor.organisationId)) items.push(toNote(note));
        }
        cursor = page.nextCursor;
      } while (items.length < limit && cursor !== undefined);
      return { items, nextCursor: cursor };
    },
  };
}

/**
 * What lets a note or a document reach each organisation named: an active
 * share of the case with it (consent or a legal basis). The owning
 * organisation holds the case, so a partner on its team writes to it without
 * one. Returns the ids of the shares relied on, for the audit entry.
 */
export async function requireSharingBases(
  tx: Transaction,
  stored: StoredRecord<CaseRecord>,
  sharedWith: readonly string[],
  today: string,
): Promise<string[]> {
  const bases: string[] = [];
  for (const [index, organisationId] of sharedWith.entries()) {
    if (organisationId === stored.data.ownerOrganisationId) continue;
    const shares = await activeShares(tx, stored.id, organisationId, today);
    if (shares.length === 0) {
      throw new ConflictError(
        'cases.no_sharing_basis',
        `There is no recorded basis for sharing this case with "${organisationId}": record consent or a legal basis first`,
        { path: ['input', 'sharedWith', index] },
      );
    }
    bases.push(...shares.map((share) => share.id));
  }
  return bases;
}

/** Every note of a case that an organisation may read, oldest first. */
export async function readableNotes(handle: Store | Transaction, caseId: string, organisationId: string): Promise<CaseNote[]> {
  const all = await listAll((cursor) =>
    handle.collection(NOTES_COLLECTION, noteRecord).list({ where: { caseId }, limit: 500, ...(cursor === undefined ? {} : { cursor }) }),
  );
  return all.filter((note) => mayRead(note.data, organisationId)).map(toNote);
}

/** Whether an organisation may read a note: it wrote it, or the note names it. */
export function mayRead(note: Pick<NoteRecord, 'organisationId' | 'sharedWith'>, organisationId: string): boolean {
  return note.organisationId === organisationId || note.sharedWith.includes(organisationId);
}

export function toNote(note: StoredRecord<NoteRecord>): CaseNote {
  return { id: note.id, ...note.data };
}
