/**
 * When a backup was made, as its file says it (ISO 8601 in the maker's local
 * time, with the offset): `2026-11-22 18:30`, the clock the analyst saw.
 */
export function backupTimeText(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}
