/**
 * The one call into mammoth: a docx's bytes → HTML. mammoth's own type
 * declarations mention Node's Buffer, which src/core does not have, so the
 * few members used are declared here.
 *
 * mammoth runs in both hosts: in Node its `lib/unzip.js` reads `{ buffer }`;
 * in a browser bundle its package "browser" field swaps that file for one that
 * reads `{ arrayBuffer }`, and its external-file reader for a stub, so no Node
 * module is bundled. Both inputs are passed, the same bytes, so either build
 * finds the one it reads.
 */
import mammothModule from 'mammoth';
import { DOCX_STYLE_MAP } from './docx-style-map';

/** mammoth's opaque image converter. */
type ImageConverter = { readonly __mammothImageConverter: unique symbol };

interface MammothMessage {
  type: 'warning' | 'error';
  message: string;
}

interface MammothOptions {
  styleMap: readonly string[];
  includeDefaultStyleMap: boolean;
  convertImage: ImageConverter;
  externalFileAccess: boolean;
  ignoreEmptyParagraphs: boolean;
}

interface Mammoth {
  convertToHtml(
    input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array },
    options: MammothOptions,
  ): Promise<{ value: string; messages: MammothMessage[] }>;
  images: {
    imgElement(convert: (image: unknown) => Promise<Record<string, string>>): ImageConverter;
  };
}

const mammoth = mammothModule as unknown as Mammoth;

/**
 * Images become an `<img>` without `src`: the image's bytes are never read
 * (nor inflated), and the HTML walker counts and drops the element.
 */
const DROP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({}));

/** mammoth's messages worth passing on: text it could not read. The rest concern styles, images or field codes. */
const LOST_TEXT = /was ignored|^Could not/;

/** What mammoth made of a docx. */
export interface DocxHtml {
  html: string;
  /** mammoth's messages about content it left out, deduplicated, in plain English. */
  messages: string[];
}

/**
 * Converts a docx (already through the zip guard) to HTML with
 * `DOCX_STYLE_MAP`, images dropped and external files never read. Rejects
 * with whatever mammoth or jszip throws; `readDocx` wraps it.
 */
export async function convertDocxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  const copy = bytes.slice(); // a buffer of its own, exactly the file's length
  const result = await mammoth.convertToHtml(
    { arrayBuffer: copy.buffer, buffer: copy },
    {
      styleMap: DOCX_STYLE_MAP,
      includeDefaultStyleMap: true,
      convertImage: DROP_IMAGES,
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
    },
  );
  const counts = new Map<string, number>();
  for (const { type, message } of result.messages) {
    if (type === 'error' || LOST_TEXT.test(message)) counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  const messages = [...counts].map(([message, count]) => (count > 1 ? `${message} (${count} times)` : message));
  return { html: result.value, messages };
}
