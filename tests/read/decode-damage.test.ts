import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/read/decode.ts';
import { InputError } from '../../src/lib/read/input-error.ts';

const TEXT = '一、总体要求\n到2025年，每千人口床位数达到7.5张，婴儿死亡率控制在5‰以下。\n';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16le = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf16le'));
const utf16be = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf16le').swap16());
const gbk = (s: string): Uint8Array => {
  // GBK bytes of the Han characters used below, from the gb18030 decoder's own table.
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0xa1; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) table.set(decoder.decode(Uint8Array.of(hi, lo)), [hi, lo]);
  return Uint8Array.from([...s].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
};

function failure(bytes: Uint8Array): InputError {
  try {
    decodeBytes(bytes, 'plan.txt');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('decoded');
}

describe('UTF-16 without a byte order mark', () => {
  it('is recognised in both byte orders by where its zero bytes fall', () => {
    expect(decodeBytes(utf16le(TEXT))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(utf16be(TEXT))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('also for an English-heavy and a line-only text', () => {
    const ascii = 'Plan 2021-2025\r\nTarget: 7.5 beds\r\n';
    expect(decodeBytes(utf16le(ascii)).text).toBe(ascii);
    const han = '规划\n'.repeat(30);
    expect(decodeBytes(utf16be(han)).text).toBe(han);
  });

  it('does not mistake binary data with zero bytes for UTF-16', () => {
    const png = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000000d4948445200000100', 'hex'));
    expect(failure(png).code).toBe('binary');
    const zeros = new Uint8Array(64);
    expect(failure(zeros).code).toBe('binary');
    expect(failure(zeros).message).toContain('byte 0');
  });
});

describe('a file cut mid-character', () => {
  it('is read, with U+FFFD for the partial character and its byte position', () => {
    const whole = utf8(TEXT.trimEnd());
    const cut = whole.subarray(0, whole.length - 2);
    const decoded = decodeBytes(cut, 'plan.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(`${TEXT.trimEnd().slice(0, -1)}\uFFFD`);
    expect(decoded.damaged).toEqual([{ byte: whole.length - 3, length: 1, offset: decoded.text.length - 1 }]);
  });

  it('gives exact offsets for damage in the middle, and keeps the text after it', () => {
    const bytes = Uint8Array.from([...utf8('每千人口'), 0xe5, 0xba, ...utf8('床位数7.5张'.repeat(3))]);
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe(`每千人口\uFFFD${'床位数7.5张'.repeat(3)}`);
    expect(decoded.damaged).toEqual([{ byte: 12, length: 2, offset: 4 }]);
  });

  it('is read for GBK too', () => {
    const whole = gbk(TEXT.trimEnd());
    const decoded = decodeBytes(whole.subarray(0, whole.length - 1));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(`${TEXT.trimEnd().slice(0, -1)}\uFFFD`);
    expect(decoded.damaged?.[0]?.byte).toBe(whole.length - 2);
  });

  it('still rejects bytes that are mostly not characters, naming where each encoding fails', () => {
    const junk = Uint8Array.from([...utf8('abc'), 0x81, 0x20, ...utf8('def')]);
    const error = failure(junk);
    expect(error.code).toBe('undecodable');
    expect(error.message).toMatch(/plan\.txt: .*utf-8 fails at byte 3, gb18030 fails at byte 3/);
  });
});
