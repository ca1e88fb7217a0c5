/** Bytes → text: the decoder's public surface. */
export { decodeText, type DecodedText } from './decode-text';
export { DecodeError, type DecodeErrorCode } from './decode-error';
export { normaliseLineEndings } from './normalise-line-endings';
