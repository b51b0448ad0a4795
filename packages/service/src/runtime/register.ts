/**
 * The register: a journey's submissions, newest first, as staff read them and as a spreadsheet (CSV) that the
 * staff page and `civicbricks export` both write. Every export is recorded in the audit log.
 */
import { MESSAGES_COLLECTION } from '@civicbricks/notifications/outbox';
import type { Answers } from '@civicbricks/registration';
import { SUBMISSIONS } from '@civicbricks/registration/store';
import type { Page, Store, StoredRecord } from '@civicbricks/storage';
import { z } from 'zod';
import type { ServiceJourney } from '../manifest/load.js';
import { shownAnswers } from './answers.js';

export const SubmissionRecord = z
  .object({ reference: z.string(), journeyId: z.string(), answers: z.record(z.string(), z.unknown()), submittedAt: z.string() })
  .loose();
export type SubmissionData = z.output<typeof SubmissionRecord>;

/** One page of a journey's submissions, newest first. */
export function submissionsPage(
  store: Store,
  entry: ServiceJourney,
  cursor: string | undefined,
  limit: number,
): Promise<Page<StoredRecord<SubmissionData>>> {
  return store
    .collection(SUBMISSIONS, SubmissionRecord)
    .list({ where: { journeyId: entry.journey.definition.id }, order: 'desc', limit, ...(cursor ? { cursor } : {}) });
}

/** Every submission of a journey, newest first, read 500 at a time. */
export async function* allSubmissions(store: Store, entry: ServiceJourney): AsyncGenerator<StoredRecord<SubmissionData>> {
  let cursor: string | undefined;
  do {
    const batch = await submissionsPage(store, entry, cursor, 500);
    yield* batch.items;
    cursor = batch.nextCursor;
  } while (cursor);
}

/** The register as CSV (with a byte-order mark, so spreadsheet programs read it as UTF-8), and how many rows it has. */
export async function registerCsv(store: Store, entry: ServiceJourney, actor: string): Promise<{ csv: string; rows: number }> {
  const labels = shownAnswers(entry, {}, 'en').map((question) => question.label);
  const lines = [csvRow(['Reference', 'Registered', ...labels])];
  for await (const record of allSubmissions(store, entry)) {
    const answers = shownAnswers(entry, record.data.answers as Answers, 'en').map((answer) => answer.value);
    lines.push(csvRow([record.data.reference, record.data.submittedAt, ...answers]));
  }
  const rows = lines.length - 1;
  await store.audit.append({ actor, action: 'service.register_exported', collection: SUBMISSIONS, metadata: { rows } });
  return { csv: `\ufeff${lines.join('\r\n')}\r\n`, rows };
}

/**
 * A spreadsheet cell that cannot run as a formula: text starting with = + - @ or a control character gets a leading
 * apostrophe. A semicolon is quoted too: spreadsheet programs set to a European locale split on it, and the text
 * after one would start a cell of its own (`a;=HYPERLINK(...)`).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(values: readonly string[]): string {
  return values.map(csvCell).join(',');
}

/**
 * Erases what the manifest's `retention.submissionsDays` says is no longer kept: submissions sent before the
 * cut-off, and the messages stored in the outbox for them (they hold phone numbers and addresses). Erasure keeps
 * the audit chain verifying and records that it happened. Returns how many records were erased.
 */
export async function eraseExpired(store: Store, options: { readonly days: number; readonly now: Date }): Promise<number> {
  const cutOff = options.now.getTime() - options.days * 86_400_000;
  let erased = 0;
  const sweep = async (collection: string, stamp: (data: Record<string, unknown>) => unknown) => {
    const records = store.collection(collection, z.record(z.string(), z.unknown()));
    let cursor: string | undefined;
    do {
      const page = await records.list({ limit: 500, ...(cursor ? { cursor } : {}) });
      for (const record of page.items) {
        const at = stamp(record.data);
        if (typeof at !== 'string' || !(Date.parse(at) < cutOff)) continue;
        await records.erase(record.id, { actor: 'service.retention', metadata: { days: options.days } });
        erased += 1;
      }
      cursor = page.nextCursor;
    } while (cursor);
  };
  await sweep(SUBMISSIONS, (data) => data.submittedAt);
  await sweep(MESSAGES_COLLECTION, (data) => data.createdAt);
  return erased;
}
