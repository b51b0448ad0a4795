/**
 * The working-day counter the main entry uses by default: core's `addWorkingDays`
 * over the bundled GOV.UK bank-holiday feed (or the registry's refreshed calendar).
 * Kept out of the lean engine, which takes it as an option, because the feed is most
 * of a browser bundle's weight.
 */
import { addWorkingDays, toIsoDate } from '@civicbricks/core/working-days';
import type { WorkingDayCounter } from './time.js';

/** Counts UK working days with core's `addWorkingDays`: pass it as `workingDays` to the engine's `createMachine`. */
export const ukWorkingDays: WorkingDayCounter = (start, workingDays, division, calendar) =>
  addWorkingDays(toIsoDate(start), workingDays, { division, ...(calendar ? { calendar } : {}) });
