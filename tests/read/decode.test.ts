import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/read/decode.ts';
import { InputError } from '../../src/lib/read/input-error.ts';

const SENTENCE = '每千人口床位数7.5张';
/** GBK bytes of SENTENCE, as Python's '每千人口床位数7.5张'.encode('gbk') gives them. */
const GBK_HEX = 'c3bfc7a7c8cbbfdab4b2cebbcafd372e35d5c5';

const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('decodeBytes', () => {
  it('reads plain UTF-8', () => {
    expect(decodeBytes(utf8(SENTENCE))).toEqual({ text: SENTENCE, encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM so offsets match TextDecoder', () => {
    const bytes = concat(hex('efbbbf'), utf8(SENTENCE));
    const decoded = decodeBytes(bytes);
    expect(decoded).toEqual({ text: SENTENCE, encoding: 'utf-8-bom' });
    expect(decoded.text).toBe(new TextDecoder('utf-8').decode(bytes));
    expect(decoded.text.indexOf('7.5')).toBe(7);
  });

  it('falls back to GB18030 for GBK bytes', () => {
    expect(decodeBytes(hex(GBK_HEX))).toEqual({ text: SENTENCE, encoding: 'gb18030' });
  });

  it('reads UTF-16 with either byte order mark', () => {
    const le = concat(hex('fffe'), Uint8Array.from(Buffer.from(SENTENCE, 'utf16le')));
    expect(decodeBytes(le)).toEqual({ text: SENTENCE, encoding: 'utf-16le' });
    const be = concat(hex('feff'), Uint8Array.from(Buffer.from(SENTENCE, 'utf16le').swap16()));
    expect(decodeBytes(be)).toEqual({ text: SENTENCE, encoding: 'utf-16be' });
  });

  it('rejects empty and whitespace-only files', () => {
    expect(codeOf(() => decodeBytes(new Uint8Array(0)))).toBe('empty');
    expect(codeOf(() => decodeBytes(utf8(' \r\n\t\u3000\n')))).toBe('empty');
    expect(codeOf(() => decodeBytes(hex('efbbbf0d0a')))).toBe('empty');
  });

  it('rejects binary data', () => {
    expect(codeOf(() => decodeBytes(hex('89504e470d0a1a0a0000000d49484452')))).toBe('binary');
    const controls = utf8(`${SENTENCE}\u0001\u0002\u0003\u0004\u001b`);
    expect(codeOf(() => decodeBytes(controls))).toBe('binary');
  });

  it('rejects bytes valid in neither UTF-8 nor GB18030, naming the file', () => {
    const bytes = concat(utf8('abc'), hex('8120'), utf8('def'));
    expect(codeOf(() => decodeBytes(bytes))).toBe('undecodable');
    expect(() => decodeBytes(bytes, 'plan.txt')).toThrow(/plan\.txt/);
  });

  it('keeps a few replacement characters in an otherwise readable BOM file', () => {
    const bytes = concat(hex('efbbbf'), utf8('一'.repeat(200)), hex('ff'));
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(decoded.text.endsWith('\uFFFD')).toBe(true);
  });
});
