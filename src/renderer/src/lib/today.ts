/** Today's date as `YYYY-MM-DD` (UTC), for the names of exported files. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
