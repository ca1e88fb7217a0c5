/**
 * The export time as a reader of the file sees it: `2026-11-22 20:11`, the
 * wall-clock time written in the ISO 8601 string itself (the time zone the
 * analyst exported in, when the string carries its offset).
 */

/** `YYYY-MM-DD HH:mm` of an ISO 8601 time; a RangeError when it is not one. */
export function shownExportTime(exportedAt: string): string {
  const parts = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(exportedAt);
  if (!parts || Number.isNaN(new Date(exportedAt).getTime())) throw new RangeError(`The export time ${JSON.stringify(exportedAt)} is not an ISO 8601 time`);
  return `${parts[1]} ${parts[2]}`;
}
