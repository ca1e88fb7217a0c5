/**
 * Times as the analyst's clock shows them, for what the app writes into
 * exported files: ISO 8601 with the local offset, and the local date for
 * file names.
 */

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** `date` as ISO 8601 in local time with its offset, e.g. `2026-11-22T20:11:30.899+08:00`. */
export function localIsoTime(date: Date = new Date()): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** Today's local date as `YYYY-MM-DD`, for the names of exported files. */
export function today(): string {
  return localIsoTime().slice(0, 10);
}
