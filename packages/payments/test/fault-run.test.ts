/**
 * The fault run at test size. For the full run: `PAYMENTS_FAULT_RUN=1000 pnpm vitest run packages/payments/test/fault-run.test.ts`
 * (`PAYMENTS_FAULT_SEED` repeats a printed seed).
 */
import { expect, it } from 'vitest';
import { runFaultRun } from './support/fault-run.js';

const COUNT = Number(process.env['PAYMENTS_FAULT_RUN'] ?? 150);
const SEED = Number(process.env['PAYMENTS_FAULT_SEED'] ?? 20_261_207);

it(
  `${COUNT} payments through the GOV.UK Pay adapter with random faults: no double charge, nothing lost, states agree`,
  { timeout: 120_000 },
  async () => {
    const report = await runFaultRun(COUNT, SEED);
    console.log(`payments fault run: ${JSON.stringify(report)}`);
    expect(report.violations).toEqual([]);
    expect(report.faultsInjected).toBeGreaterThan(COUNT / 10);
    expect(report.paidBaskets).toBeGreaterThan(COUNT / 2);
    expect(report.doubleCharges).toBe(0);
    expect(report.lost).toBe(0);
    expect(report.disagreements).toBe(0);
  },
);
