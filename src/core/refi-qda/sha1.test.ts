import { describe, expect, it } from 'vitest';
import { sha1 } from './sha1';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('sha1', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
    ['The quick brown fox jumps over the lazy dog', '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12'],
  ])('digests %j as the FIPS 180 test vectors say', (input, digest) => {
    expect(hex(sha1(ascii(input)))).toBe(digest);
  });

  it('digests a million a’s (many blocks, a 64-bit length)', () => {
    expect(hex(sha1(new Uint8Array(1_000_000).fill(0x61)))).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f');
  });

  it.each([55, 56, 63, 64, 65])('pads a message of %i bytes across the block boundary correctly', (length) => {
    const digest = sha1(new Uint8Array(length).fill(0x61));
    expect(digest).toHaveLength(20);
    expect(hex(digest)).not.toBe(hex(sha1(new Uint8Array(length + 1).fill(0x61))));
  });
});
