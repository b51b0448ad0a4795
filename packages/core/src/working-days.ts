/**
 * UK working days: weekends, local closures and GOV.UK bank holidays in the three
 * divisions, on plain `YYYY-MM-DD` dates that mean the same on every server.
 *
 * The implementation is split under `./working-days/`; this module is the public surface.
 */
export { isIsoDate, toIsoDate, type IsoDate, type IsoDateInput } from './working-days/iso-date.js';
export {
  BankHolidayFeedSchema,
  createBankHolidayCalendar,
  getDefaultBankHolidayCalendar,
  GOVUK_BANK_HOLIDAYS_URL,
  isUkDivision,
  refreshBankHolidays,
  UK_DIVISIONS,
  type BankHoliday,
  type BankHolidayCalendar,
  type BankHolidayCoverage,
  type BankHolidayFeed,
  type BankHolidayFeedResponse,
  type BankHolidayFetch,
  type RefreshBankHolidaysOptions,
  type UkDivision,
} from './working-days/calendar.js';
export {
  addWorkingDays,
  bankHolidaysBetween,
  BeyondKnownHolidaysError,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
  type BankHolidayOptions,
  type BeyondCoverage,
  type ClosureInput,
  type CoverageWarning,
  type IsoWeekday,
  type WorkingDayOptions,
} from './working-days/arithmetic.js';
