/**
 * Reconciliation: our records against what the provider says, for a finance
 * team to check. It reports every difference (a payment the provider has and we
 * do not, one we have and it does not, a different amount or status, a payment
 * still `creating`) as rows and as CSV, and changes nothing: putting a
 * difference right is a person's decision (or `ledger.recover()`'s, which only
 * looks up what a lost answer left).
 */
import { parseInput } from '@civicbricks/core/validation';
import * as z from 'zod/mini';
import type { Payment, PaymentProvider } from '../provider.js';
import type { PaymentLedger, PaymentRecord } from './ledger.js';

export type MismatchKind = 'missing_in_records' | 'missing_at_provider' | 'amount_differs' | 'status_differs' | 'unresolved';

export interface Mismatch {
  readonly kind: MismatchKind;
  readonly recordId: string | null;
  readonly paymentId: string | null;
  readonly reference: string;
  readonly ourAmount: number | null;
  readonly theirAmount: number | null;
  readonly ourStatus: string | null;
  readonly theirStatus: string | null;
}

export interface ReconciliationReport {
  readonly fromDate: string;
  readonly toDate: string;
  readonly recordsChecked: number;
  readonly paymentsChecked: number;
  readonly mismatches: readonly Mismatch[];
  /** The mismatches as CSV (RFC 4180), with a header row. */
  readonly csv: string;
}

const optionsSchema = z.strictObject({
  fromDate: z.iso.datetime({ message: '`fromDate` must be a date and time like 2026-12-01T00:00:00Z' }),
  toDate: z.iso.datetime({ message: '`toDate` must be a date and time like 2026-12-08T00:00:00Z' }),
});

/** Compares the records created in [fromDate, toDate) with the provider's payments created then. */
export async function reconcile(
  ledger: PaymentLedger,
  provider: PaymentProvider,
  options: { readonly fromDate: string; readonly toDate: string },
): Promise<ReconciliationReport> {
  const { fromDate, toDate } = parseInput(optionsSchema, options, { codePrefix: 'payments.reconcile', what: 'reconciliation' });
  const from = Date.parse(fromDate);
  const to = Date.parse(toDate);
  const theirs = new Map<string, Payment>();
  for (let page = 1; ; page += 1) {
    const found = await provider.searchPayments({ fromDate, toDate, page, displaySize: 500 });
    for (const payment of found.results) theirs.set(payment.paymentId, payment);
    if (found.count < 500 || theirs.size >= found.total) break;
  }
  const ours = (await ledger.list()).filter((record) => {
    const created = Date.parse(record.createdAt);
    return created >= from && created < to;
  });

  const mismatches: Mismatch[] = [];
  const row = (kind: MismatchKind, record: PaymentRecord | undefined, payment: Payment | undefined): Mismatch => ({
    kind,
    recordId: record?.id ?? null,
    paymentId: record?.data.paymentId ?? payment?.paymentId ?? null,
    reference: record?.data.reference ?? payment?.reference ?? '',
    ourAmount: record?.data.amount ?? null,
    theirAmount: payment?.amount ?? null,
    ourStatus: record?.data.status ?? null,
    theirStatus: payment?.status ?? null,
  });
  const seen = new Set<string>();
  for (const record of ours) {
    if (record.data.paymentId === null) {
      if (record.data.status === 'creating') mismatches.push(row('unresolved', record, undefined));
      continue;
    }
    seen.add(record.data.paymentId);
    const payment = theirs.get(record.data.paymentId) ?? (await lookUp(provider, record.data.paymentId));
    if (!payment) mismatches.push(row('missing_at_provider', record, undefined));
    else if (payment.amount !== record.data.amount) mismatches.push(row('amount_differs', record, payment));
    else if (searchStatus(payment.status) !== searchStatus(record.data.status)) mismatches.push(row('status_differs', record, payment));
  }
  for (const payment of theirs.values()) if (!seen.has(payment.paymentId)) mismatches.push(row('missing_in_records', undefined, payment));
  return { fromDate, toDate, recordsChecked: ours.length, paymentsChecked: theirs.size, mismatches, csv: toCsv(mismatches) };
}

/** A record made at the edge of the window may have its payment just outside it at the provider: ask directly. */
async function lookUp(provider: PaymentProvider, paymentId: string): Promise<Payment | undefined> {
  try {
    return await provider.getPayment(paymentId);
  } catch (error) {
    if (error instanceof Error && (error as { code?: string }).code === 'payments.not_found') return undefined;
    throw error;
  }
}

/** GOV.UK Pay's search reports a capturable payment as submitted. */
function searchStatus(status: string): string {
  return status === 'capturable' ? 'submitted' : status;
}

const COLUMNS = ['kind', 'recordId', 'paymentId', 'reference', 'ourAmount', 'theirAmount', 'ourStatus', 'theirStatus'] as const;

function toCsv(rows: readonly Mismatch[]): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    let text = String(value);
    // A reference starting =, +, - or @ would run as a formula when the file is opened in a spreadsheet.
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [COLUMNS.join(','), ...rows.map((each) => COLUMNS.map((column) => cell(each[column])).join(','))].join('\r\n') + '\r\n';
}
