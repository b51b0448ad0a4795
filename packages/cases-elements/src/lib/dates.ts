import { monthName, type Locale } from '@civicbricks/core/i18n';

// Staff read times as the service's own clock shows them, whatever the server's or the browser's time zone.
let londonParts: Intl.DateTimeFormat | undefined;

/** A `YYYY-MM-DD` date the GOV.UK way: "15 January 2027", Welsh "15 Ionawr 2027". */
export function dateInWords(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${monthName(locale, month)} ${year}`;
}

/** The Europe/London calendar date and clock time of an instant. */
function inLondon(instant: string): { year: number; month: number; day: number; hour: number; minute: number } {
  londonParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
  };
}

/**
 * A time the GOV.UK way: "9am", "2:15pm", "12pm" for midday and "12am" for midnight; Welsh "9yb", "2:15yh".
 * Written here, not by Intl, because browsers do not all ship Welsh time formats and the server and the
 * element must write the same words.
 */
function timeInWords(hour: number, minute: number, locale: Locale): string {
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? (locale === 'cy' ? 'yb' : 'am') : locale === 'cy' ? 'yh' : 'pm';
  return `${twelve}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`}${suffix}`;
}

/** An instant in Europe/London as GOV.UK writes it: "8 December 2026 at 2:15pm", Welsh "8 Rhagfyr 2026 am 2:15yh". */
export function dateTimeInWords(instant: string, locale: Locale): string {
  const { year, month, day, hour, minute } = inLondon(instant);
  return `${day} ${monthName(locale, month)} ${year} ${locale === 'cy' ? 'am' : 'at'} ${timeInWords(hour, minute, locale)}`;
}
