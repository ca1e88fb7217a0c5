/**
 * A zip's table of contents, read from the bytes without inflating anything:
 * the end-of-central-directory record, the central directory headers and the
 * local headers they point at. It follows jszip's reading choices (the last
 * end-of-central-directory signature in the file, central headers read while
 * their signature repeats whatever count the record declares, prepended bytes
 * shifting every offset, zip64 extra fields wherever a size reads 0xFFFFFFFF)
 * so the entries the guard measures are the entries jszip will inflate.
 */
import { decodeStrictly } from '../../decode/strict-decoder';
import { ZipGuardError } from './zip-guard-error';

/** One file of the archive as its central directory declares it. */
export interface ZipEntry {
  /** Path inside the archive, decoded as UTF-8 (Latin-1 when that fails). */
  name: string;
  /** General purpose flags; bit 0 set means encrypted. */
  flags: number;
  /** Compression method: 0 stored, 8 deflate; jszip reads no other. */
  method: number;
  /** Bytes of compressed data, as declared. */
  compressedSize: number;
  /** Bytes the entry says it inflates to; may be a lie, which the guard checks. */
  uncompressedSize: number;
  /** Offset in the bytes of the entry's compressed data (after its local header). */
  dataOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ZIP64_EOCD_SIZE = 56;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_SIZE = 30;
const MAX_U16 = 0xffff;
const MAX_U32 = 0xffffffff;
const ZIP64_EXTRA_ID = 0x0001;

function corrupt(message: string): ZipGuardError {
  return new ZipGuardError('corrupt-zip', message);
}

/** Little-endian reads that refuse, as corruption, to run past the end. */
class ByteReader {
  readonly length: number;
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.length = bytes.byteLength;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  need(offset: number, size: number, what: string): void {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + size > this.length) {
      throw corrupt(`The zip is cut short or damaged: its ${what} lies outside the file.`);
    }
  }

  u16(offset: number): number {
    return this.view.getUint16(offset, true);
  }

  u32(offset: number): number {
    return this.view.getUint32(offset, true);
  }

  /** A 64-bit field as a number; values past 2^53 are far beyond any limit anyway. */
  u64(offset: number): number {
    return this.view.getUint32(offset + 4, true) * 0x1_0000_0000 + this.view.getUint32(offset, true);
  }

  /** The last offset at which the 32-bit `signature` starts, or -1. */
  lastIndexOf(signature: number): number {
    for (let i = this.length - 4; i >= 0; i--) {
      if (this.u32(i) === signature) return i;
    }
    return -1;
  }
}

/** Where the central directory starts and how far every stored offset is shifted. */
interface DirectoryPlace {
  start: number;
  shift: number;
  declaredEntries: number;
}

function locateDirectory(reader: ByteReader): DirectoryPlace {
  const eocd = reader.lastIndexOf(EOCD_SIGNATURE);
  if (eocd < 0) {
    throw corrupt(
      reader.length >= 4 && reader.u32(0) === LOCAL_SIGNATURE
        ? 'The zip is cut short: its end-of-central-directory record is missing.'
        : 'This is not a zip archive: there is no end-of-central-directory record.',
    );
  }
  reader.need(eocd, EOCD_SIZE, 'end-of-central-directory record');
  let entries = reader.u16(eocd + 10);
  let size = reader.u32(eocd + 12);
  let offset = reader.u32(eocd + 16);
  const zip64 =
    reader.u16(eocd + 4) === MAX_U16 ||
    reader.u16(eocd + 6) === MAX_U16 ||
    reader.u16(eocd + 8) === MAX_U16 ||
    entries === MAX_U16 ||
    size === MAX_U32 ||
    offset === MAX_U32;
  let expectedEnd: number;
  if (zip64) {
    const locator = reader.lastIndexOf(ZIP64_LOCATOR_SIGNATURE);
    if (locator < 0) throw corrupt('The zip64 archive has no zip64 end-of-central-directory locator.');
    reader.need(locator, ZIP64_LOCATOR_SIZE, 'zip64 locator');
    if (reader.u32(locator + 16) > 1) throw corrupt('The zip spans several volumes, which cannot be read.');
    let record = reader.u64(locator + 8);
    if (record + 4 > reader.length || reader.u32(record) !== ZIP64_EOCD_SIGNATURE) {
      record = reader.lastIndexOf(ZIP64_EOCD_SIGNATURE);
      if (record < 0) throw corrupt('The zip64 archive has no zip64 end-of-central-directory record.');
    }
    reader.need(record, ZIP64_EOCD_SIZE, 'zip64 end-of-central-directory record');
    entries = reader.u64(record + 32);
    size = reader.u64(record + 40);
    offset = reader.u64(record + 48);
    expectedEnd = offset + size + ZIP64_LOCATOR_SIZE + 12 + reader.u64(record + 4);
  } else {
    expectedEnd = offset + size;
  }
  const shift = eocd - expectedEnd;
  if (shift < 0) throw corrupt(`The zip is cut short: ${-shift} bytes of its central directory are missing.`);
  return { start: offset + shift, shift, declaredEntries: entries };
}

function decodeName(bytes: Uint8Array): string {
  return decodeStrictly(bytes, 'utf-8') ?? Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
}

/** The zip64 extended sizes and offset in a central header's extra field, in jszip's order. */
function applyZip64Extra(
  reader: ByteReader,
  extraStart: number,
  extraEnd: number,
  fields: { uncompressed: number; compressed: number; localOffset: number },
): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = reader.u16(at);
    const length = reader.u16(at + 2);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      const end = Math.min(field + length, extraEnd);
      const next = (): number | null => (field + 8 <= end ? ((field += 8), reader.u64(field - 8)) : null);
      if (fields.uncompressed === MAX_U32) fields.uncompressed = next() ?? fields.uncompressed;
      if (fields.compressed === MAX_U32) fields.compressed = next() ?? fields.compressed;
      if (fields.localOffset === MAX_U32) fields.localOffset = next() ?? fields.localOffset;
      return;
    }
    at += 4 + length;
  }
}

/**
 * Reads the archive's entries, refusing with ZipGuardError: `corrupt-zip` when
 * the bytes are not a zip or its directory or local headers run outside the
 * file, or an entry is encrypted; `zip-bomb` as soon as the directory (by its
 * declared count or by the headers actually present) holds more than
 * `maxEntries` entries. Reads headers only, never compressed data.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const reader = new ByteReader(bytes);
  const place = locateDirectory(reader);
  if (place.declaredEntries > maxEntries) {
    throw new ZipGuardError('zip-bomb', `The zip declares ${place.declaredEntries} entries; at most ${maxEntries} are allowed.`);
  }
  const entries: ZipEntry[] = [];
  let at = place.start;
  while (at >= 0 && at + 4 <= reader.length && reader.u32(at) === CENTRAL_SIGNATURE) {
    if (entries.length >= maxEntries) {
      throw new ZipGuardError('zip-bomb', `The zip holds more than ${maxEntries} entries.`);
    }
    reader.need(at, CENTRAL_SIZE, 'central directory');
    const flags = reader.u16(at + 8);
    const nameLength = reader.u16(at + 28);
    const extraLength = reader.u16(at + 30);
    const commentLength = reader.u16(at + 32);
    reader.need(at + CENTRAL_SIZE, nameLength + extraLength + commentLength, 'central directory');
    const nameStart = at + CENTRAL_SIZE;
    const name = decodeName(bytes.subarray(nameStart, nameStart + nameLength));
    if (flags & 1) throw corrupt(`The zip entry "${name}" is encrypted.`);
    const fields = { uncompressed: reader.u32(at + 24), compressed: reader.u32(at + 20), localOffset: reader.u32(at + 42) };
    applyZip64Extra(reader, nameStart + nameLength, nameStart + nameLength + extraLength, fields);
    entries.push({
      name,
      flags,
      method: reader.u16(at + 10),
      compressedSize: fields.compressed,
      uncompressedSize: fields.uncompressed,
      dataOffset: localDataOffset(reader, fields.localOffset + place.shift, fields.compressed, name),
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  if (entries.length === 0 && place.declaredEntries !== 0) {
    throw corrupt(`The zip declares ${place.declaredEntries} entries, but its central directory holds none.`);
  }
  return entries;
}

/** The offset of an entry's data, after checking its local header and that the data fits in the file. */
function localDataOffset(reader: ByteReader, header: number, compressedSize: number, name: string): number {
  reader.need(header, LOCAL_SIZE, `local header of "${name}"`);
  if (reader.u32(header) !== LOCAL_SIGNATURE) throw corrupt(`The zip's local header of "${name}" is missing.`);
  const data = header + LOCAL_SIZE + reader.u16(header + 26) + reader.u16(header + 28);
  reader.need(data, compressedSize, `data of "${name}"`);
  return data;
}
