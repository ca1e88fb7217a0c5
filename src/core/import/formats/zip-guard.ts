/**
 * The zip guard: a check run on a zip's bytes before jszip (inside mammoth)
 * inflates anything, so a crafted archive cannot exhaust memory. It reads the
 * central directory itself, refuses archives whose declared sizes are too big
 * or too compressed, and then inflates every deflated entry once, counting and
 * discarding the output, to catch entries that inflate beyond the size they
 * declare. jszip itself refuses an entry whose inflated size differs from its
 * declared one, but only after inflating all of it; after the guard, every
 * entry jszip can inflate is known to stay within its declared size, so the
 * declared limits bound the real inflation too.
 */
import { readZipDirectory, type ZipEntry } from './zip-guard-directory';
import { checkInflatedSize } from './zip-guard-inflation';
import { ZipGuardError } from './zip-guard-error';

/** What the guard lets through. */
export interface ZipGuardLimits {
  /** Most bytes all entries together may declare they inflate to. */
  maxTotalSize: number;
  /** Most entries the central directory may hold. */
  maxEntries: number;
  /** Highest inflated/compressed ratio an entry larger than `ratioFloor` may declare. */
  maxRatio: number;
  /** Entries declaring this many bytes or fewer are not ratio-checked (small XML parts compress very well). */
  ratioFloor: number;
}

const MIB = 1024 * 1024;

/**
 * The limits for report files: 200 MiB in all, 10,000 entries, and no entry
 * over 1 MiB compressed more than 200 times (Word's XML compresses 5–20
 * times; zeros compress ~1000 times).
 */
export const ZIP_GUARD_LIMITS: Readonly<ZipGuardLimits> = {
  maxTotalSize: 200 * MIB,
  maxEntries: 10_000,
  maxRatio: 200,
  ratioFloor: 1 * MIB,
};

/** Options of `guardZip`. */
export interface ZipGuardOptions {
  /** Overrides of `ZIP_GUARD_LIMITS`, e.g. for tests. */
  limits?: Partial<ZipGuardLimits>;
  /** Checked between entries and between chunks while measuring. */
  signal?: { readonly aborted: boolean };
}

function formatSize(bytes: number): string {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${bytes} bytes`;
}

/** Refuses, as `zip-bomb`, declared sizes beyond the limits. */
function checkDeclaredSizes(entries: readonly ZipEntry[], limits: ZipGuardLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioFloor && ratio > limits.maxRatio) {
      throw new ZipGuardError(
        'zip-bomb',
        `The zip entry "${entry.name}" would inflate ${Math.round(ratio)} times, to ${formatSize(entry.uncompressedSize)}; at most ${limits.maxRatio} times is allowed.`,
      );
    }
  }
  if (total > limits.maxTotalSize) {
    throw new ZipGuardError(
      'zip-bomb',
      `The zip would inflate to ${formatSize(total)}; at most ${formatSize(limits.maxTotalSize)} is allowed.`,
    );
  }
}

/**
 * Checks a zip before it is inflated and returns its entries. Throws
 * ZipGuardError: `corrupt-zip` when the bytes are not a readable zip (see
 * `readZipDirectory`); `zip-bomb` when the entry count, the declared total,
 * an entry's declared ratio, or an entry's real inflated size (over its
 * declared size) breaks the limits; `cancelled` when `signal` is set. Only
 * deflated entries are measured; stored ones cannot grow. When the runtime
 * has no raw-deflate DecompressionStream, real sizes go unmeasured and only
 * the declared ones are checked.
 */
export async function guardZip(bytes: Uint8Array, options: ZipGuardOptions = {}): Promise<ZipEntry[]> {
  const limits: ZipGuardLimits = { ...ZIP_GUARD_LIMITS, ...options.limits };
  const entries = readZipDirectory(bytes, limits.maxEntries);
  checkDeclaredSizes(entries, limits);
  for (const entry of entries) {
    if (options.signal?.aborted) throw new ZipGuardError('cancelled', 'The import was cancelled.');
    if (entry.method !== 8) continue;
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if ((await checkInflatedSize(data, entry.uncompressedSize, options.signal)) === 'over') {
      throw new ZipGuardError(
        'zip-bomb',
        `The zip entry "${entry.name}" inflates to more than the ${formatSize(entry.uncompressedSize)} it declares.`,
      );
    }
  }
  return entries;
}

export type { ZipEntry } from './zip-guard-directory';
